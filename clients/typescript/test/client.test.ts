import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { Bye, Client, MessageId, RequestFailed, tcpTransport, type Transport, v1 } from "../src/client.js";
import { Node } from "./node.js";

const node = new Node();
before(() => node.start());
after(() => node.stop());

async function tcp(): Promise<Client> {
  const [host, port] = node.address("clients");
  return Client.connectTcp(host, port, { timeoutMs: 10_000 });
}

test("hello, login, echo and a push over TCP", async () => {
  const alice = await tcp();
  const welcome = await alice.hello();
  assert.equal(welcome.protocolVersion, 1);
  const ok = await alice.login("alice", node.ticket("alice"));
  assert.ok(BigInt(alice.playerId) > 0n);
  assert.equal(ok.resumed, false);
  const reply = await alice.request({ echo: { payload: new TextEncoder().encode("hi") } });
  assert.equal(new TextDecoder().decode(reply.echo!.payload!), "hi");
  const bob = await tcp();
  await bob.login("bob", node.ticket("bob"));
  await bob.request({ whisper: { toPlayer: alice.playerId, text: "psst" } });
  const push = await alice.nextPush();
  assert.equal(push.whisper?.text, "psst");
  alice.close();
  bob.close();
});

test("a refused request rejects with its code; a bad ticket with a goodbye", async () => {
  const carol = await tcp();
  await carol.login("carol", node.ticket("carol"));
  await assert.rejects(carol.request({ heavy: { work: 99 } }), (error: unknown) => {
    assert.ok(error instanceof RequestFailed);
    assert.equal(error.code, v1.ErrorCode.ERROR_INVALID);
    return true;
  });
  const eve = await tcp();
  await assert.rejects(eve.login("eve", "not a ticket"), (error: unknown) => {
    assert.ok(error instanceof Bye);
    assert.equal(error.code, v1.ErrorCode.ERROR_AUTH_FAILED);
    return true;
  });
  carol.close();
});

test("a resume replays the pushes the dropped connection missed", async () => {
  const dave = await tcp();
  await dave.login("dave", node.ticket("dave"));
  await dave.request({ echo: { payload: new Uint8Array([1]) } });
  dave.close();
  const erin = await tcp();
  await erin.login("erin", node.ticket("erin"));
  await erin.request({ whisper: { toPlayer: dave.playerId, text: "while you were away" } });
  const back = await tcp();
  const ok = await back.resume("dave", node.ticket("dave"), dave);
  assert.equal(ok.resumed, true);
  assert.equal((await back.nextPush()).whisper?.text, "while you were away");
  back.close();
  erin.close();
});

test("the same client over WebSocket", async () => {
  const ws = await Client.connectWebSocket(`ws://${node.ready.ws}/`);
  await ws.hello();
  await ws.login("frank", node.ticket("frank"));
  const reply = await ws.request({ move: { x: 5, y: 6 } });
  assert.equal(reply.moved?.x, 5);
  assert.equal(await ws.ping(7), 7);
  ws.logout();
  await assert.rejects(ws.request({ echo: {} }), (error: unknown) => error instanceof Bye || error instanceof Error);
  assert.equal(MessageId.Bye, 106);
});

test("a dropped connection resumes by itself and the pending request is answered", async () => {
  const [host, port] = node.address("clients");
  let first: Transport | undefined;
  const dropping = async (): Promise<Transport> => {
    const inner = await tcpTransport(host, port);
    first ??= inner;
    return inner;
  };
  const grace = new Client(await dropping(), {
    timeoutMs: 10_000,
    autoResume: { reconnect: () => tcpTransport(host, port), password: () => node.ticket("grace") },
  });
  await grace.login("grace", node.ticket("grace"));
  const heidi = await tcp();
  await heidi.login("heidi", node.ticket("heidi"));
  first!.close(); // the network drops the connection: not the client's close()
  await heidi.request({ whisper: { toPlayer: grace.playerId, text: "are you back?" } }).catch(() => undefined);
  const push = await grace.nextPush();
  assert.equal(push.whisper?.text, "are you back?");
  const reply = await grace.request({ echo: { payload: new Uint8Array([9]) } });
  assert.deepEqual([...reply.echo!.payload!], [9]);
  assert.equal(grace.resumes, 1, "the session was resumed, once");
  grace.close();
  heidi.close();
});
