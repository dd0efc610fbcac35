import { ApiError, type ApiErrorInit } from "./ApiError";

/** The caller aborted the request (its AbortSignal); nothing to show the clerk beyond that. */
export class CancelledError extends ApiError {
  readonly kind = "cancelled";

  constructor(init: ApiErrorInit = {}) {
    super("cancelled", init);
    this.name = "CancelledError";
  }
}
