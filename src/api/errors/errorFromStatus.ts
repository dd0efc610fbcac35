import { ProblemSchema, type Problem } from "../contract";
import type { ApiError } from "./ApiError";
import { ConflictError } from "./ConflictError";
import type { Lang } from "./Lang";
import { NotFoundError } from "./NotFoundError";
import { ServiceError } from "./ServiceError";
import { UnauthorizedError } from "./UnauthorizedError";
import { ValidationError } from "./ValidationError";

/** The service's problem+json, if the body is one; a body of another shape is simply not a problem. */
export function readProblem(body: unknown): Problem | undefined {
  let json = body;
  if (typeof body === "string") {
    try {
      json = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  const parsed = ProblemSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The typed error of an HTTP answer that is not a success, from its status; the problem's detail and
 * issues are kept when the body is problem+json.
 */
export function errorFromStatus(status: number, body: unknown, lang: Lang): ApiError {
  const problem = readProblem(body);
  const init = { lang, status, ...(problem ? { problem } : {}), ...(problem?.detail && lang === "vi" ? { detail: problem.detail } : {}) };
  if (status === 401 || status === 403) return new UnauthorizedError({ lang, status, ...(problem ? { problem } : {}) });
  if (status === 404) return new NotFoundError(init);
  if (status === 412 || status === 428) return new ConflictError({ lang, status, ...(problem ? { problem } : {}) });
  if (status === 400 || status === 422) return new ValidationError({ ...init, issues: problem?.issues ?? [] });
  return new ServiceError(init);
}
