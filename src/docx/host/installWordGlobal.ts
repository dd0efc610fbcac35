/**
 * Make `globalThis.Word` (run + enums) and `globalThis.OfficeExtension` (Error, ErrorCodes) serve code written
 * against @types/office-js, so src/word runs unchanged on the headless host. Returns a function that restores
 * the previous globals (tests install and uninstall around each case).
 */
import * as enums from "../api/enums";
import { DocxError } from "../api/DocxError";
import { DocxRequestContext } from "../api/RequestContext";
import type { DocxContext, DocxHost } from "./DocxHost";

type Batch<T> = (context: Word.RequestContext) => Promise<T>;

function contextOf(objects: unknown): DocxContext | undefined {
  const first = Array.isArray(objects) ? objects[0] : objects;
  const ctx = (first as { context?: unknown } | undefined)?.context ?? first;
  return ctx instanceof DocxRequestContext ? (ctx as DocxContext) : undefined;
}

export function installWordGlobal(host: DocxHost): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Word: g.Word, OfficeExtension: g.OfficeExtension };
  const run = <T>(a: unknown, b?: unknown): Promise<T> => {
    if (typeof a === "function") return host.run(a as Batch<T>);
    const ctx = contextOf(a);
    if (!ctx) {
      return Promise.reject(new DocxError("InvalidArgument", "Word.run(object, batch): the object does not belong to this host."));
    }
    return host.runWith(ctx, b as Batch<T>);
  };
  g.Word = {
    run,
    RequestContext: DocxRequestContext,
    InsertLocation: enums.InsertLocation,
    RangeLocation: enums.RangeLocation,
    ContentControlAppearance: enums.ContentControlAppearance,
    ContentControlType: enums.ContentControlType,
    ErrorCodes: enums.ErrorCodes,
    SelectionMode: enums.SelectionMode,
    DocumentPropertyType: enums.DocumentPropertyType,
    BodyType: enums.BodyType,
  };
  g.OfficeExtension = { Error: DocxError, ErrorCodes: enums.OfficeExtensionErrorCodes };
  return () => {
    g.Word = previous.Word;
    g.OfficeExtension = previous.OfficeExtension;
  };
}
