/**
 * The error a batch rejects with, shaped like `OfficeExtension.Error` (code, message, debugInfo) so that code
 * written for Word — `if (e.code === "ItemNotFound")` — behaves the same against the headless host.
 */
export type ErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidRequest"
  | "InvalidObjectPath"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "NotAllowed"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RunMustReturnPromise";

export type DocxDebugInfo = {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  readonly statement?: string;
  readonly surroundingStatements?: string[];
};

export class DocxError extends Error {
  /** Office.js names its errors "RichApi.Error"; keeping the name lets `e.name` checks work. */
  override readonly name = "RichApi.Error";
  readonly code: ErrorCode;
  readonly debugInfo: DocxDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: DocxError | null = null;

  constructor(code: ErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }

  /** The same error, now saying which queued statement failed. */
  at(errorLocation: string): DocxError {
    if (this.debugInfo.errorLocation) return this;
    const located = new DocxError(this.code, this.message, errorLocation);
    located.stack = this.stack;
    return located;
  }
}

/** Message of Office.js's PropertyNotLoaded error, so logs read the same as in Word. */
export function propertyNotLoaded(property: string): DocxError {
  return new DocxError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Anything thrown while running a command becomes a DocxError (a bug in the host becomes GeneralException). */
export function toDocxError(e: unknown): DocxError {
  if (e instanceof DocxError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new DocxError("GeneralException", message);
}
