import type { WriteExpectation } from "./store/WriteExpectation";

/** The strong ETag of a record's version: `"v7"`. */
export const formatEtag = (version: number): string => `"v${version}"`;

/**
 * What an `If-Match` header expects. Weak tags never match (RFC 9110 compares If-Match strongly) and
 * tags of another shape match nothing, so both lead to 412 rather than to a blind write.
 *
 * @example
 * parseIfMatch('"v3", "v4"') // { kind: "versions", versions: [3, 4] }
 * parseIfMatch(undefined)    // { kind: "none" }
 */
export function parseIfMatch(header: string | string[] | undefined): WriteExpectation {
  if (header === undefined) return { kind: "none" };
  const text = Array.isArray(header) ? header.join(",") : header;
  if (text.trim() === "*") return { kind: "any" };
  const versions = text
    .split(",")
    .map((tag) => /^"v([1-9]\d{0,15})"$/.exec(tag.trim())?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  return { kind: "versions", versions };
}
