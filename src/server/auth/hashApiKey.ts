import { createHash, timingSafeEqual } from "node:crypto";

/** sha256 of a key, hex: what the database keeps instead of the key. */
export const hashApiKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/** Compares a presented key with a stored hash in constant time, so that timing tells nothing about the hash. */
export function apiKeyMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(presented), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
