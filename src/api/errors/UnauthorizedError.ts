import { ApiError, type ApiErrorInit } from "./ApiError";

/** The key was refused: missing, wrong or revoked (401), or not allowed here (403: another agency's key, a read-only key). */
export class UnauthorizedError extends ApiError {
  readonly kind = "unauthorized";

  constructor(init: ApiErrorInit = {}) {
    super("unauthorized", init);
    this.name = "UnauthorizedError";
  }
}
