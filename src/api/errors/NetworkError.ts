import { ApiError, type ApiErrorInit } from "./ApiError";

/** No answer at all: refused, reset or dropped connection, unknown host. Retried for idempotent requests. */
export class NetworkError extends ApiError {
  readonly kind = "network";

  constructor(init: ApiErrorInit = {}) {
    super("network", init);
    this.name = "NetworkError";
  }
}
