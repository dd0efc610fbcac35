import { ApiError, type ApiErrorInit } from "./ApiError";

/** A write was refused to protect another one: the ETag is stale (412), or none was sent over existing figures (428). Reload, then write. */
export class ConflictError extends ApiError {
  readonly kind = "conflict";

  constructor(init: ApiErrorInit = {}) {
    super("conflict", init);
    this.name = "ConflictError";
  }
}
