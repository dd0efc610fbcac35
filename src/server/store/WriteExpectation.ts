/**
 * What a writer believes the record to be, from its `If-Match` header: nothing sent (`none`), `*` (`any`
 * existing version), or the versions of the ETags it sent.
 */
export type WriteExpectation =
  | { readonly kind: "none" }
  | { readonly kind: "any" }
  | { readonly kind: "versions"; readonly versions: readonly number[] };

export type ExpectationVerdict = "proceed" | "stale" | "exists";

/**
 * Whether a write may go ahead over the record's current version (undefined: no record yet). Without
 * If-Match a write may only create; with it, the record must be at one of the versions named.
 *
 * @example
 * checkExpectation({ kind: "versions", versions: [3] }, 4) // "stale"
 * checkExpectation({ kind: "none" }, 4)                    // "exists"
 */
export function checkExpectation(expect: WriteExpectation, current: number | undefined): ExpectationVerdict {
  switch (expect.kind) {
    case "none":
      return current === undefined ? "proceed" : "exists";
    case "any":
      return current === undefined ? "stale" : "proceed";
    case "versions":
      return current !== undefined && expect.versions.includes(current) ? "proceed" : "stale";
  }
}
