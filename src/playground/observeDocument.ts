import type { ReportDocument } from "../taskpane/services/ReportDocument";

/** The operations after which the document (or its selection) may look different. */
const CHANGING = new Set<keyof ReportDocument>([
  "insertTemplate",
  "applyRefresh",
  "rollForward",
  "selectTag",
  "selectFinding",
  "adopt",
]);

/**
 * The same ReportDocument, telling `changed` after each operation that may have changed what the preview
 * shows — whether it succeeded or not, since a failed batch may still have been partly applied.
 */
export function observeDocument(
  doc: ReportDocument,
  changed: (operation: keyof ReportDocument) => void,
): ReportDocument {
  const wrapped: Record<string, unknown> = { template: doc.template, agencies: doc.agencies };
  for (const key of Object.keys(doc) as (keyof ReportDocument)[]) {
    const member = doc[key];
    if (typeof member !== "function") continue;
    const call = member as (...args: unknown[]) => Promise<unknown>;
    wrapped[key] = CHANGING.has(key)
      ? async (...args: unknown[]) => {
          try {
            return await call.apply(doc, args);
          } finally {
            changed(key);
          }
        }
      : (...args: unknown[]) => call.apply(doc, args);
  }
  return wrapped as ReportDocument;
}
