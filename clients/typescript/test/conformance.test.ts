/**
 * The protocol conformance runner for the TypeScript client: plays the scenarios of
 * `clients/conformance/scenarios.json` (forms in its README) against a fresh node each,
 * through the client's own API. Messages are compared in protobuf's JSON form (camelCase
 * names, 64-bit integers as strings, enums by name, bytes in base64, defaults left out).
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { Bye, Client, RequestFailed, errorCodeName, v1, type Push, type RequestBody } from "../src/client.js";
import { ticket } from "../src/ticket.js";
import { Node } from "./node.js";

const here = dirname(fileURLToPath(import.meta.url));
const SCENARIOS = join(here, "..", "..", "..", "conformance", "scenarios.json");
const WAIT_MS = 10_000;
const JSON_FORM = { longs: String, enums: String, bytes: String, json: true } as const;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Step = Record<string, Json>;

function matches(expected: Json, actual: Json): boolean {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    return (
      actual !== null &&
      typeof actual === "object" &&
      Object.entries(expected).every(([key, value]) => key in actual && matches(value, actual[key]))
    );
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => matches(e, a)));
  }
  return typeof actual === "string" ? String(expected) === actual : expected === actual;
}

/** An answer (or the error it ended in) in the runner's JSON form. */
function answerOf(value: unknown, kind: "welcome" | "loginOk" | "reply" | "pong"): Json {
  if (value instanceof Bye) return { bye: { reason: errorCodeName(value.code) } };
  if (value instanceof RequestFailed) return { error: { code: errorCodeName(value.code) } };
  if (value instanceof Error) throw value;
  const types = { welcome: v1.Welcome, loginOk: v1.LoginOk, reply: v1.Reply, pong: v1.Pong };
  return { [kind]: (types[kind] as Json).toObject(value, JSON_FORM) };
}

async function settle<T>(promise: Promise<T>, kind: "welcome" | "loginOk" | "reply" | "pong"): Promise<Json> {
  try {
    return answerOf(await promise, kind);
  } catch (error) {
    return answerOf(error, kind);
  }
}

class Run {
  clients = new Map<string, Client>();
  users = new Map<string, string>();
  tickets = new Map<string, string>();
  values = new Map<string, string>();

  constructor(private readonly node: Node) {}

  resolve(value: Json): Json {
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (value !== null && typeof value === "object") {
      const out: Json = {};
      for (const [key, item] of Object.entries(value)) {
        if (key.endsWith("_bytes") && typeof item === "number") {
          out[key.slice(0, -"_bytes".length)] = Buffer.alloc(item, "a").toString("base64");
        } else out[key] = this.resolve(item);
      }
      return out;
    }
    if (typeof value === "string" && value.startsWith("$")) {
      const name = value.slice(1);
      return this.values.get(name) ?? this.clients.get(name)!.playerId;
    }
    return value;
  }

  ticketFor(kind: string, user: string): string {
    const secret = this.node.secret;
    if (kind === "good") return ticket(secret, user);
    if (kind === "none") return "";
    if (kind === "forged") return ticket(Buffer.from("not the node's secret"), user);
    if (kind === "other_user") return ticket(secret, `${user}-other`);
    if (kind === "expired") return ticket(secret, user, -10);
    if (kind === "too_long") return ticket(secret, user, 7200);
    if (kind.startsWith("same_as:")) return this.tickets.get(kind.split(":")[1])!;
    throw new Error(`unknown ticket kind ${kind}`);
  }

  /** A request body from the scenario's JSON form (bytes in base64). */
  body(step: Step): RequestBody {
    const json = this.resolve(step.body);
    return v1.Request.toObject(v1.Request.fromObject({ ...json, id: 0 })) as RequestBody;
  }

  async connect(name: string): Promise<Client> {
    const [host, port] = this.node.address("clients");
    const client = await Client.connectTcp(host, port, { timeoutMs: WAIT_MS });
    this.clients.set(name, client);
    return client;
  }

  expect(step: Step, answer: Json): void {
    const expected = this.resolve(step.expect ?? {});
    for (const kind of ["bye", "error"] as const) {
      if (kind in expected) {
        const field = kind === "bye" ? "reason" : "code";
        const code = kind in answer ? (answer[kind][field] ?? "ERROR_UNSPECIFIED") : undefined;
        assert.equal(code, expected[kind], `expected ${kind} ${expected[kind]}, got ${JSON.stringify(answer)}`);
        return;
      }
    }
    assert.ok(matches(expected, answer), `expected ${JSON.stringify(expected)}, got ${JSON.stringify(answer)}`);
  }

  async step(step: Step): Promise<void> {
    const client = () => this.clients.get(step.as)!;
    switch (step.do) {
      case "connect":
        await this.connect(step.as);
        return;
      case "hello":
        return this.expect(step, await settle(client().hello("conformance", step.version ?? 1), "welcome"));
      case "login": {
        const user = step.user ?? step.as;
        const password = this.ticketFor(step.ticket, user);
        this.users.set(step.as, user);
        this.tickets.set(step.as, password);
        return this.expect(step, await settle(client().login(user, password), "loginOk"));
      }
      case "ping":
        return this.expect(step, { pong: { nonce: String(await client().ping(step.nonce)) } });
      case "request": {
        const answer = await settle(client().request(this.body(step)), "reply");
        this.expect(step, answer);
        for (const [name, path] of Object.entries(step.save ?? {})) {
          this.values.set(name, String((path as string).split(".").reduce((value: Json, key) => value[key], answer)));
        }
        return;
      }
      case "burst": {
        const body = this.body(step);
        const answers = await Promise.all(
          Array.from({ length: step.count }, () => settle(client().request(body), "reply")),
        );
        const wanted = step.expect.someError;
        assert.ok(answers.some((answer) => answer.error?.code === wanted), `no ${wanted} in ${JSON.stringify(answers)}`);
        return;
      }
      case "push": {
        const expected = this.resolve(step.expect.push);
        const deadline = Date.now() + WAIT_MS;
        for (;;) {
          const left = deadline - Date.now();
          assert.ok(left > 0, `no push like ${JSON.stringify(expected)}`);
          const push: Push = await client().nextPush(left);
          if (matches(expected, v1.Push.toObject(push, JSON_FORM))) return;
        }
      }
      case "drop":
        client().close();
        return;
      case "resume":
      case "resume_with": {
        const previous = this.clients.get(step.do === "resume" ? step.as : step.of)!;
        const user = step.do === "resume" ? this.users.get(step.as)! : step.user;
        const fresh = await this.connect(step.as);
        return this.expect(step, await settle(fresh.resume(user, ticket(this.node.secret, user), previous), "loginOk"));
      }
      case "logout":
        client().logout();
        return this.expect(step, answerOf(await client().closed, "reply"));
      case "stop_node":
        this.node.terminate();
        return;
      case "wait_bye":
        return this.expect(step, answerOf(await client().closed, "reply"));
      default:
        throw new Error(`unknown step ${step.do}`);
    }
  }
}

const document = JSON.parse(readFileSync(SCENARIOS, "utf8"));
assert.equal(document.format, 1);

for (const scenario of document.scenarios) {
  test(scenario.name, async () => {
    const node = new Node();
    const args: string[] = [];
    if (scenario.config) args.push(...node.configFile(scenario.config));
    await node.start(args);
    const run = new Run(node);
    try {
      for (const [number, step] of scenario.steps.entries()) {
        try {
          await run.step(step);
        } catch (error) {
          throw new Error(`step ${number + 1} ${JSON.stringify(step)}: ${(error as Error).message}`);
        }
      }
    } finally {
      for (const client of run.clients.values()) client.close();
      node.stop();
    }
  });
}
