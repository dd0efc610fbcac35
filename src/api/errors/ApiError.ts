import type { Problem } from "../contract";
import type { Lang } from "./Lang";
import { apiMessage, type ApiErrorKind, type MessageParams } from "./messages";

export type ApiErrorInit = MessageParams & {
  readonly lang?: Lang;
  /** The service's problem+json, when it sent one. */
  readonly problem?: Problem;
  readonly cause?: unknown;
};

/**
 * What every error of the figures client is: a kind to branch on, the HTTP status when there was one,
 * and a message in the clerk's language. Never thrown as such; its subclasses are.
 */
export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly lang: Lang;
  readonly #init: ApiErrorInit;

  protected constructor(kind: ApiErrorKind, init: ApiErrorInit) {
    super(apiMessage(kind, init.lang ?? "vi", init), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.problem = init.problem;
    this.lang = init.lang ?? "vi";
    this.#init = init;
  }

  /** The message in another language, for a view that says it again when the clerk switches language. */
  messageIn(lang: Lang): string {
    return apiMessage(this.kind, lang, this.#init);
  }
}
