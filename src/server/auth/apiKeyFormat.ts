import { randomBytes } from "node:crypto";

const KEY = /^bc\.([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

/**
 * A new API key: `bc.<id>.<secret>`, the secret 32 random bytes. The id is public (it names the key in
 * `revokeKey` and finds its row); only the sha256 of the whole key is stored.
 *
 * @example
 * newApiKey() // { id: "9f2c4e1a0b7d3c55", key: "bc.9f2c4e1a0b7d3c55.Qm9…" }
 */
export function newApiKey(): { readonly id: string; readonly key: string } {
  const id = randomBytes(8).toString("hex");
  return { id, key: `bc.${id}.${randomBytes(32).toString("base64url")}` };
}

/** The id inside a presented key, or undefined when the text is not shaped like one of our keys. */
export function apiKeyId(presented: string): string | undefined {
  return KEY.exec(presented)?.[1];
}
