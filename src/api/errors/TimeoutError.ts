import { ApiError, type ApiErrorInit } from "./ApiError";

/** The service did not answer within the client's deadline. Not retried: a hung service would only make the clerk wait longer. */
export class TimeoutError extends ApiError {
  readonly kind = "timeout";

  constructor(init: ApiErrorInit = {}) {
    super("timeout", init);
    this.name = "TimeoutError";
  }
}
