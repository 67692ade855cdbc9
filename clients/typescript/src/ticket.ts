/**
 * Login tickets (`docs/protocol.md`, "Login tickets"), for Node: development tools and
 * tests sign them with the gate's secret; in production the studio's account service
 * does, and the game client only carries them.
 */

import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

/** Seconds a ticket lives by default (gates refuse more than 3600). */
export const TICKET_LIFETIME_S_DEFAULT = 300;

/** A login secret file's secret: its bytes without trailing newlines. */
export function readSecret(path: string): Buffer {
  const bytes = readFileSync(path);
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end -= 1;
  return bytes.subarray(0, end);
}

/** A login ticket for `user` under `secret`: `v1.<expires>.<nonce>.<tag>`. */
export function ticket(
  secret: Uint8Array,
  user: string,
  lifetimeS = TICKET_LIFETIME_S_DEFAULT,
  options: { now?: number; nonce?: bigint } = {},
): string {
  const expires = BigInt(Math.floor(options.now ?? Date.now() / 1000) + lifetimeS);
  const nonce = options.nonce ?? randomBytes(8).readBigUInt64BE();
  const name = Buffer.from(user, "utf8");
  const fields = Buffer.alloc(4 + name.length + 16);
  fields.writeUInt32LE(name.length, 0);
  name.copy(fields, 4);
  fields.writeBigUInt64LE(expires, 4 + name.length);
  fields.writeBigUInt64LE(nonce, 12 + name.length);
  const tag = createHmac("sha256", secret).update("hearth-ticket-v1").update(fields).digest("hex");
  return `v1.${expires}.${nonce.toString(16).padStart(16, "0")}.${tag}`;
}
