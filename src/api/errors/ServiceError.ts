import { ApiError, type ApiErrorInit } from "./ApiError";

/** Any other failure of the service (5xx after retries, 413, 415, 429 …), or one that could not be classified. */
export class ServiceError extends ApiError {
  readonly kind = "service";

  constructor(init: ApiErrorInit = {}) {
    super("service", init);
    this.name = "ServiceError";
  }
}
