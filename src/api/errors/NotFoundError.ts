import { ApiError, type ApiErrorInit } from "./ApiError";

/** The service has no such template, agency, period or figures (404). */
export class NotFoundError extends ApiError {
  readonly kind = "notFound";

  constructor(init: ApiErrorInit = {}) {
    super("notFound", init);
    this.name = "NotFoundError";
  }
}
