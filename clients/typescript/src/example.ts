/**
 * Log in to a Hearth node, send an echo and a move, and print what comes back (the
 * Python example's twin). Start a node first (`cargo run --release -p hearth-game --bin
 * hearth` at the repository root), then, from this folder:
 *
 *     npm install && npm run example -- alice
 *     npm run example -- bob --whisper-to PLAYER_ID    # alice sees the whisper
 *
 * The ticket is signed with the development secret the node wrote to
 * `hearth-data/login-secret` at the repository root (`--secret-file` for another,
 * `--ticket` for one printed by `hearth ticket USER`).
 */

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { Client, HearthError } from "./client.js";
import { readSecret, ticket } from "./ticket.js";

const DEV_SECRET = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "hearth-data", "login-secret");

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "7400" },
      ticket: { type: "string" },
      "secret-file": { type: "string" },
      "whisper-to": { type: "string" },
      wait: { type: "string", default: "3" },
    },
  });
  const user = positionals[0];
  if (!user) {
    console.error("usage: example USER [--whisper-to PLAYER_ID] [--host H] [--port P]");
    return 2;
  }
  const secretFile = values["secret-file"] ?? DEV_SECRET;
  const password = values.ticket ?? (existsSync(secretFile) ? ticket(readSecret(secretFile), user) : "");
  const client = await Client.connectTcp(values.host, Number(values.port));
  try {
    const welcome = await client.hello("hearth-typescript-example");
    console.log(`connected: protocol ${welcome.protocolVersion}, ${welcome.requestsPerS} requests/s allowed`);
    await client.login(user, password);
    console.log(`logged in as ${user}: player ${client.playerId}`);
    const echo = await client.request({ echo: { payload: new TextEncoder().encode("hello, hearth") } });
    console.log(`echo (seq ${echo.seq}): ${new TextDecoder().decode(echo.echo!.payload!)}`);
    const moved = (await client.request({ move: { x: 120, y: -40 } })).moved!;
    console.log(`moved to (${moved.x}, ${moved.y}), cell ${moved.cell}`);
    if (values["whisper-to"]) {
      await client.request({ whisper: { toPlayer: values["whisper-to"], text: `hi from ${user}` } });
      console.log(`whispered to ${values["whisper-to"]}`);
    }
    const until = Date.now() + Number(values.wait) * 1000;
    for (;;) {
      const left = until - Date.now();
      if (left <= 0) break;
      try {
        const push = await client.nextPush(left);
        console.log(`push (seq ${push.seq}): ${JSON.stringify(push.toJSON())}`);
      } catch {
        break;
      }
    }
    client.logout();
    return 0;
  } catch (error) {
    console.error(`hearth: ${error instanceof HearthError ? error.message : String(error)}`);
    return 1;
  } finally {
    client.close();
  }
}

process.exitCode = await main();
