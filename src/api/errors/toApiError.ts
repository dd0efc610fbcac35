import { AxiosError, isCancel } from "axios";
import { z } from "zod/mini";
import { ApiError } from "./ApiError";
import { CancelledError } from "./CancelledError";
import { InvalidAnswerError } from "./InvalidAnswerError";
import type { Lang } from "./Lang";
import { NetworkError } from "./NetworkError";
import { ServiceError } from "./ServiceError";
import { TimeoutError } from "./TimeoutError";
import { errorFromStatus } from "./errorFromStatus";

const TIMEOUT_CODES = new Set(["ECONNABORTED", "ETIMEDOUT", "ESOCKETTIMEDOUT"]);

/**
 * Anything thrown on the way to the service and back, as one of the client's typed errors — the one
 * place where axios's, the platform's and zod's errors are translated (tRPC's getTRPCErrorFromUnknown).
 *
 * @example
 * try { await client.getFigures(ref) } catch (e) { const error = toApiError(e); show(error.message) }
 */
export function toApiError(error: unknown, lang: Lang = "vi"): ApiError {
  if (error instanceof ApiError) return error;
  if (isCancel(error)) return new CancelledError({ lang, cause: error });
  if (error instanceof AxiosError) {
    if (error.response) return errorFromStatus(error.response.status, error.response.data, lang);
    if (error.code && TIMEOUT_CODES.has(error.code)) return new TimeoutError({ lang, cause: error });
    return new NetworkError({ lang, cause: error, ...(error.code ? { code: error.code } : {}) });
  }
  if (error instanceof z.core.$ZodError) return new InvalidAnswerError({ lang, cause: error, detail: error.issues[0]?.path.join(".") ?? "" });
  if (error instanceof SyntaxError) return new InvalidAnswerError({ lang, cause: error });
  if (typeof error === "object" && error !== null) {
    const name = (error as { name?: unknown }).name;
    if (name === "AbortError") return new CancelledError({ lang, cause: error });
    if (name === "TimeoutError") return new TimeoutError({ lang, cause: error });
  }
  return new ServiceError({ lang, cause: error });
}
