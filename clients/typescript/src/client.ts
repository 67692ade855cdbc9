/**
 * A client of Hearth's client protocol (`docs/protocol.md`), shaped like the Python one:
 * connect, login, typed requests returning promises with timeouts, pushes as an async
 * iterator or a listener, session resume with the missed frames replayed, clean close.
 *
 * Transports: TCP in Node (`Client.connectTcp`), WebSocket in browsers and anywhere a
 * WebSocket class exists (`Client.connectWebSocket`: one frame per binary message).
 */

import { hearth } from "./proto.js";

export const v1 = hearth.client.v1;
export type Reply = hearth.client.v1.Reply;
export type Push = hearth.client.v1.Push;
/** A 64-bit field as protobufjs gives it. */
type Long64 = { low: number; high: number; unsigned: boolean };
/** `T` with its 64-bit fields also taking decimal strings (player ids). */
type Widen<T> = T extends Long64
  ? T | string
  : T extends Uint8Array
    ? T
    : T extends (infer E)[]
      ? Widen<E>[]
      : T extends object
        ? { [K in keyof T]: Widen<T[K]> }
        : T;
/** A request's body: one of `Request`'s body fields, e.g. `{ echo: { payload } }`. */
export type RequestBody = Widen<Omit<hearth.client.v1.IRequest, "id">>;

/** Message ids of the frame's id field. */
export const MessageId = {
  Hello: 1,
  Login: 2,
  Request: 3,
  Logout: 4,
  Ping: 5,
  Welcome: 101,
  LoginOk: 102,
  Reply: 103,
  Push: 104,
  Error: 105,
  Bye: 106,
  Pong: 107,
} as const;

/** The protocol version this client speaks. */
export const PROTOCOL_VERSION = 1;
/** Largest frame, length field included. */
export const FRAME_BYTES_MAX = 16 * 1024;
/** Milliseconds a call waits for the server by default. */
export const TIMEOUT_MS_DEFAULT = 10_000;
/** Pushes kept for `nextPush` before the oldest are dropped. */
export const PUSHES_KEPT_MAX = 1024;

const LENGTH_BYTES = 4;
const HEAD_BYTES = 6;

/** Base class of this client's errors. */
export class HearthError extends Error {}

/** The server said goodbye (`Bye`): `code` is an `ErrorCode` value. */
export class Bye extends HearthError {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`server said goodbye: ${errorCodeName(code)}: ${reason}`);
  }
}

/** The server answered a request with `Error`. */
export class RequestFailed extends HearthError {
  constructor(
    readonly code: number,
    readonly requestId: number,
    readonly reason: string,
  ) {
    super(`request ${requestId} failed: ${errorCodeName(code)}: ${reason}`);
  }
}

/** Nothing came from the server within the timeout. */
export class TimeoutError extends HearthError {}

/** The connection closed without a goodbye. */
export class ConnectionClosed extends HearthError {}

/** A protobuf integer (a number, or a Long for 64-bit fields) as a number. */
export function num(value: number | { toString(): string } | null | undefined): number {
  return typeof value === "number" ? value : Number(value?.toString() ?? 0);
}

/** The name of an `ErrorCode` value (`ERROR_AUTH_FAILED`, ...). */
export function errorCodeName(code: number): string {
  return v1.ErrorCode[code] ?? `ERROR_${code}`;
}

/** A way to send and receive whole frames. */
export interface Transport {
  send(frame: Uint8Array): void;
  close(): void;
  /** Called with each whole frame received, then once with `undefined` at the end. */
  listen(onFrame: (frame: Uint8Array | undefined) => void): void;
}

/** One frame: length, id, payload. */
export function frame(id: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEAD_BYTES + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length + 2, true);
  view.setUint16(4, id, true);
  out.set(payload, HEAD_BYTES);
  return out;
}

/** Cuts a byte stream into frames (TCP). */
export class FrameCutter {
  private buffered = new Uint8Array(0);

  /** The whole frames `chunk` completes. Throws on a length out of range. */
  push(chunk: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.buffered.length + chunk.length);
    joined.set(this.buffered);
    joined.set(chunk, this.buffered.length);
    const frames: Uint8Array[] = [];
    let at = 0;
    while (joined.length - at >= LENGTH_BYTES) {
      const length = new DataView(joined.buffer, at).getUint32(0, true);
      if (length < 2 || length > FRAME_BYTES_MAX - LENGTH_BYTES) {
        throw new HearthError(`bad frame length ${length}`);
      }
      if (joined.length - at < LENGTH_BYTES + length) break;
      frames.push(joined.slice(at, at + LENGTH_BYTES + length));
      at += LENGTH_BYTES + length;
    }
    this.buffered = joined.slice(at);
    return frames;
  }
}

/** TCP in Node. */
export async function tcpTransport(host: string, port: number): Promise<Transport> {
  const net = await import("node:net");
  const socket = net.createConnection({ host, port, noDelay: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return {
    send: (bytes) => void socket.write(bytes),
    close: () => socket.destroy(),
    listen(onFrame) {
      const cutter = new FrameCutter();
      let ended = false;
      const end = () => {
        if (!ended) {
          ended = true;
          onFrame(undefined);
        }
      };
      socket.on("data", (chunk: Uint8Array) => {
        try {
          for (const one of cutter.push(chunk)) onFrame(one);
        } catch {
          socket.destroy();
          end();
        }
      });
      socket.on("close", end);
      socket.on("error", end);
    },
  };
}

/** The WebSocket class of the environment, or one given (e.g. the `ws` package's). */
type WebSocketClass = new (url: string) => WebSocket;

/** WebSocket: one frame per binary message. */
export async function webSocketTransport(
  url: string,
  WebSocketImpl: WebSocketClass = globalThis.WebSocket,
): Promise<Transport> {
  if (!WebSocketImpl) throw new HearthError("no WebSocket class in this environment");
  const ws = new WebSocketImpl(url);
  ws.binaryType = "arraybuffer";
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener("open", () => resolve(), { once: true });
    ws.addEventListener("error", () => reject(new ConnectionClosed(`cannot open ${url}`)), {
      once: true,
    });
  });
  return {
    send: (bytes) => ws.send(bytes),
    close: () => ws.close(),
    listen(onFrame) {
      ws.addEventListener("message", (event: MessageEvent) => {
        if (event.data instanceof ArrayBuffer) onFrame(new Uint8Array(event.data));
      });
      ws.addEventListener("close", () => onFrame(undefined));
    },
  };
}

type Waiter<T> = { resolve: (value: T) => void; reject: (error: Error) => void };

/** Options of a client. */
export interface ClientOptions {
  /** Milliseconds a call waits for the server (default 10 s). */
  timeoutMs?: number;
  /**
   * Resume the session by itself when the connection drops without a goodbye: a new
   * transport from `reconnect`, a login with the session token, the missed frames
   * replayed (replies to requests still pending resolve them; pushes queue as usual).
   * A request the gate never got is not resent: it times out. Off by default.
   */
  autoResume?: {
    reconnect: () => Promise<Transport>;
    /** The password of the resume (a ticket: the session's own may be shown again). */
    password: () => string;
  };
}

/** A connection to a gate. */
export class Client {
  private readonly timeoutMs: number;
  private lastSeqSeen = 0;
  private token: Uint8Array = new Uint8Array(0);
  private player = "0";
  private nextId = 1;
  private readonly pending = new Map<number, Waiter<Reply>>();
  private control: Waiter<[number, Uint8Array]> | undefined;
  private readonly pushes: Push[] = [];
  private pushWaiters: Waiter<Push>[] = [];
  private pushListeners: ((push: Push) => void)[] = [];
  private ended: Error | undefined;
  private settleClosed: (why: Error) => void = () => undefined;
  /** Resolves when the connection ends: with `Bye`, or `ConnectionClosed`. */
  readonly closed: Promise<Error> = new Promise((resolve) => (this.settleClosed = resolve));

  /** Wraps a connected transport; no frame is sent yet. */
  private user = "";
  private closing = false;
  private readonly autoResume: ClientOptions["autoResume"];
  /** Sessions resumed by `autoResume`. */
  resumes = 0;

  constructor(
    private transport: Transport,
    options: ClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS_DEFAULT;
    this.autoResume = options.autoResume;
    this.attach(transport);
  }

  private attach(transport: Transport): void {
    this.transport = transport;
    transport.listen((bytes) => {
      if (this.transport !== transport) return; // a replaced transport's last words
      if (bytes) return this.receive(bytes);
      if (this.autoResume && this.token.length > 0 && !this.closing && !this.ended) {
        return void this.reattach();
      }
      this.end(new ConnectionClosed("connection closed"));
    });
  }

  /** Resumes the session on a new transport (see `ClientOptions.autoResume`). */
  private async reattach(): Promise<void> {
    try {
      const transport = await this.autoResume!.reconnect();
      this.attach(transport);
      const login = v1.Login.create({
        user: this.user,
        password: this.autoResume!.password(),
        resumeToken: this.token,
        lastSeq: this.lastSeqSeen,
      });
      await this.open(login);
      this.resumes += 1;
    } catch (error) {
      this.end(error instanceof Error ? error : new ConnectionClosed(String(error)));
    }
  }

  /** Connects over TCP (Node). */
  static async connectTcp(host = "127.0.0.1", port = 7400, options?: ClientOptions): Promise<Client> {
    return new Client(await tcpTransport(host, port), options);
  }

  /** Connects over WebSocket (`ws://host:port/`). */
  static async connectWebSocket(
    url: string,
    options?: ClientOptions & { WebSocket?: WebSocketClass },
  ): Promise<Client> {
    return new Client(await webSocketTransport(url, options?.WebSocket), options);
  }

  /** The player's id (64 bits: a decimal string; requests take it as it is). */
  get playerId(): string {
    return this.player;
  }
  get sessionToken(): Uint8Array {
    return this.token;
  }
  /** The highest seq received (replies and pushes): a resume asks for what follows. */
  get lastSeq(): number {
    return this.lastSeqSeen;
  }
  /** The id the next request gets. */
  get nextRequestId(): number {
    return this.nextId;
  }

  /** Says hello; the gate's `Welcome` (`Bye(UNSUPPORTED_VERSION)` for a `version` it
   * does not speak). */
  async hello(client = "hearth-typescript", version = PROTOCOL_VERSION): Promise<hearth.client.v1.Welcome> {
    this.send(MessageId.Hello, v1.Hello.encode({ protocolVersion: version, client }).finish());
    const [id, payload] = await this.nextControl();
    if (id !== MessageId.Welcome) throw new HearthError(`expected Welcome, got id ${id}`);
    return v1.Welcome.decode(payload);
  }

  /** Logs in with a fresh session; `password` is a login ticket. */
  async login(user: string, password = ""): Promise<hearth.client.v1.LoginOk> {
    return this.open(v1.Login.create({ user, password }));
  }

  /**
   * Resumes `previous`'s session on this connection: the frames it missed arrive next
   * (replies to `nextReply`-less pending ids are dropped, pushes go to the push queue).
   */
  async resume(user: string, password: string, previous: Client): Promise<hearth.client.v1.LoginOk> {
    this.lastSeqSeen = Math.max(this.lastSeqSeen, previous.lastSeq);
    this.nextId = Math.max(this.nextId, previous.nextRequestId);
    const login = v1.Login.create({
      user,
      password,
      resumeToken: previous.sessionToken,
      lastSeq: previous.lastSeq,
    });
    return this.open(login);
  }

  private async open(login: hearth.client.v1.Login): Promise<hearth.client.v1.LoginOk> {
    this.user = login.user;
    this.send(MessageId.Login, v1.Login.encode(login).finish());
    const [id, payload] = await this.nextControl();
    if (id !== MessageId.LoginOk) throw new HearthError(`expected LoginOk, got id ${id}`);
    const ok = v1.LoginOk.decode(payload);
    this.token = ok.sessionToken;
    this.player = String(ok.playerId);
    return ok;
  }

  /** Sends a request; its `Reply`, or `RequestFailed`, `Bye`, `TimeoutError`. */
  request(body: RequestBody): Promise<Reply> {
    const id = this.nextId++;
    const payload = v1.Request.encode(v1.Request.fromObject({ ...(body as object), id })).finish();
    const answer = new Promise<Reply>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send(MessageId.Request, payload);
    return this.deadline(answer, `the reply to request ${id}`, () => this.pending.delete(id));
  }

  /** Pings; the nonce echoed. */
  async ping(nonce = 1): Promise<number> {
    this.send(MessageId.Ping, v1.Ping.encode({ nonce }).finish());
    const [id, payload] = await this.nextControl();
    if (id !== MessageId.Pong) throw new HearthError(`expected Pong, got id ${id}`);
    return num(v1.Pong.decode(payload).nonce);
  }

  /** The next push (kept ones first), or `TimeoutError`. */
  nextPush(timeoutMs = this.timeoutMs): Promise<Push> {
    const kept = this.pushes.shift();
    if (kept) return Promise.resolve(kept);
    if (this.ended) return Promise.reject(this.ended);
    let waiter: Waiter<Push> | undefined;
    const waiting = new Promise<Push>((resolve, reject) => {
      waiter = { resolve, reject };
      this.pushWaiters.push(waiter);
    });
    const forget = () => (this.pushWaiters = this.pushWaiters.filter((one) => one !== waiter));
    return this.deadline(waiting, "a push", forget, timeoutMs);
  }

  /** Pushes as they come (an async iterator; ends when the connection does). */
  async *pushStream(): AsyncGenerator<Push> {
    for (;;) {
      try {
        yield await this.nextPush(2 ** 31 - 1);
      } catch (error) {
        if (error instanceof TimeoutError) continue;
        return;
      }
    }
  }

  /** Calls `listener` with every push from now on (kept ones are not replayed). */
  onPush(listener: (push: Push) => void): void {
    this.pushListeners.push(listener);
  }

  /** Ends the session at once (`Logout`); the gate says goodbye. */
  logout(): void {
    this.closing = true;
    this.send(MessageId.Logout, new Uint8Array(0));
  }

  /** Closes the connection; the session stays resumable for the grace period. */
  close(): void {
    this.closing = true;
    this.transport.close();
  }

  private send(id: number, payload: Uint8Array): void {
    if (this.ended) throw this.ended;
    this.transport.send(frame(id, payload));
  }

  private receive(bytes: Uint8Array): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const id = view.getUint16(4, true);
    const payload = bytes.subarray(HEAD_BYTES);
    switch (id) {
      case MessageId.Reply: {
        const reply = v1.Reply.decode(payload);
        this.seen(num(reply.seq));
        const waiter = this.pending.get(num(reply.id));
        this.pending.delete(num(reply.id));
        waiter?.resolve(reply);
        return;
      }
      case MessageId.Push: {
        const push = v1.Push.decode(payload);
        this.seen(num(push.seq));
        return this.deliverPush(push);
      }
      case MessageId.Error: {
        const error = v1.Error.decode(payload);
        const requestId = num(error.requestId);
        const waiter = this.pending.get(requestId);
        if (waiter) {
          this.pending.delete(requestId);
          return waiter.reject(new RequestFailed(error.code, requestId, error.message));
        }
        return this.control?.reject(new RequestFailed(error.code, requestId, error.message));
      }
      case MessageId.Bye: {
        const bye = v1.Bye.decode(payload);
        return this.end(new Bye(bye.reason, bye.message));
      }
      default: {
        const waiter = this.control;
        this.control = undefined;
        waiter?.resolve([id, payload]);
      }
    }
  }

  private seen(seq: number): void {
    this.lastSeqSeen = Math.max(this.lastSeqSeen, seq);
  }

  private deliverPush(push: Push): void {
    for (const listener of this.pushListeners) listener(push);
    const waiter = this.pushWaiters.shift();
    if (waiter) return waiter.resolve(push);
    if (this.pushes.length >= PUSHES_KEPT_MAX) this.pushes.shift();
    this.pushes.push(push);
  }

  private end(error: Error): void {
    if (this.ended) return;
    this.ended = error;
    this.settleClosed(error);
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
    this.control?.reject(error);
    this.control = undefined;
    for (const waiter of this.pushWaiters) waiter.reject(error);
    this.pushWaiters = [];
    this.transport.close();
  }

  private nextControl(): Promise<[number, Uint8Array]> {
    if (this.ended) return Promise.reject(this.ended);
    const next = new Promise<[number, Uint8Array]>((resolve, reject) => {
      this.control = { resolve, reject };
    });
    return this.deadline(next, "the server's answer", () => (this.control = undefined));
  }

  private deadline<T>(promise: Promise<T>, what: string, forget: () => void, timeoutMs = this.timeoutMs): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        forget();
        reject(new TimeoutError(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }
}
