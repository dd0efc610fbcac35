import { ApiError, type ApiErrorInit } from "./ApiError";

/** The service answered, but not with what the contract says (not JSON, or not of the schema): never trusted, never shown as figures. */
export class InvalidAnswerError extends ApiError {
  readonly kind = "invalidAnswer";

  constructor(init: ApiErrorInit = {}) {
    super("invalidAnswer", init);
    this.name = "InvalidAnswerError";
  }
}
