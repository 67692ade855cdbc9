/** A `hearth` process for the tests: HEARTH_BIN, 2 unpinned shards, free ports. */

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { ticket } from "../src/ticket.js";

/** How long a node may take to print its ready line. */
const START_TIMEOUT_MS = 20_000;

export class Node {
  readonly secret = Buffer.from("typescript-test-login-secret-not-secret");
  ready: Record<string, string> = {};
  private process: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), "hearth-ts-"));
  stderr = "";

  /** Starts the node with `args` besides the defaults; resolves on its ready line. */
  async start(args: string[] = []): Promise<this> {
    const binary = process.env.HEARTH_BIN;
    if (!binary) throw new Error("set HEARTH_BIN to the hearth binary (see README.md)");
    const secretFile = join(this.dir, "login-secret");
    writeFileSync(secretFile, Buffer.concat([this.secret, Buffer.from("\n")]));
    const all = ["--shards", "2", "--no-pin", "--log", "warn", "--data-dir", join(this.dir, "data")];
    all.push("--client-listen", "127.0.0.1:0", "--ws-listen", "127.0.0.1:0", "--admin-listen", "off");
    all.push("--auth-secret-file", secretFile, ...args);
    const env = { ...process.env };
    delete env.HEARTH_COOKIE;
    const child = spawn(binary, all, { stdio: ["ignore", "pipe", "pipe"], env });
    this.process = child;
    child.stderr!.on("data", (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-65536)));
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`hearth not ready in ${START_TIMEOUT_MS} ms\n${this.stderr}`)), START_TIMEOUT_MS);
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split("\n")[0];
        if (out.includes("\n")) {
          clearTimeout(timer);
          if (!line.startsWith("hearth ready")) return reject(new Error(`unexpected ${line}\n${this.stderr}`));
          this.ready = Object.fromEntries(line.split(" ").slice(2).map((pair) => pair.split("=", 2) as [string, string]));
          resolve();
        }
      });
      child.once("exit", (code) => reject(new Error(`hearth exited with ${code}\n${this.stderr}`)));
    });
    return this;
  }

  /** `--config FILE` for a config file holding `text`. */
  configFile(text: string): string[] {
    const path = join(this.dir, "node.toml");
    writeFileSync(path, text);
    return ["--config", path];
  }

  /** Host and port of a `host:port` field of the ready line. */
  address(field: "clients" | "ws"): [string, number] {
    const [host, port] = this.ready[field].split(":");
    return [host, Number(port)];
  }

  ticket(user: string): string {
    return ticket(this.secret, user);
  }

  /** Sends SIGTERM (the node drains and says goodbye to its clients). */
  terminate(): void {
    this.process?.kill("SIGTERM");
  }

  stop(): void {
    this.process?.kill("SIGKILL");
    rmSync(this.dir, { recursive: true, force: true });
  }
}
