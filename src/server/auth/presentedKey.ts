import type { IncomingHttpHeaders } from "node:http";

/** The key a request presents: `Authorization: Bearer <key>`, else `X-Api-Key: <key>`. */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === "string") {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (match) return match[1];
  }
  const header = headers["x-api-key"];
  return typeof header === "string" && header.trim() !== "" ? header.trim() : undefined;
}
