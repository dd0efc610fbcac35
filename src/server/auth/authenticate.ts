import type { IncomingHttpHeaders } from "node:http";
import { HttpProblem } from "../problem/HttpProblem";
import type { FiguresStore } from "../store/FiguresStore";
import type { Principal } from "./Principal";
import { apiKeyId } from "./apiKeyFormat";
import { apiKeyMatches } from "./hashApiKey";
import { presentedKey } from "./presentedKey";

/** Hashed when the key is unknown, so that an unknown id takes as long as a wrong secret. */
const NO_HASH = "0".repeat(64);

/**
 * Who the request's key belongs to; a missing, malformed, unknown, wrong or revoked key is a 401, all
 * with the same words, so that the answer does not help anyone guess.
 */
export async function authenticate(store: FiguresStore, headers: IncomingHttpHeaders): Promise<Principal> {
  const key = presentedKey(headers);
  if (key === undefined) {
    throw new HttpProblem("unauthorized", { detail: "Thiếu khóa API (Authorization: Bearer …).", headers: { "www-authenticate": "Bearer" } });
  }
  const id = apiKeyId(key);
  const record = id === undefined ? undefined : await store.findApiKey(id);
  const matches = apiKeyMatches(key, record?.hash ?? NO_HASH);
  if (!record || !matches || record.revokedAt !== null) {
    throw new HttpProblem("unauthorized", { detail: "Khóa API không hợp lệ hoặc đã bị thu hồi.", headers: { "www-authenticate": 'Bearer error="invalid_token"' } });
  }
  return { keyId: record.id, agency: record.agency, scope: record.scope, actor: record.label ?? record.id };
}
