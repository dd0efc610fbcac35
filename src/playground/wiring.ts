import type { DocxHost } from "../docx";
import { cchcQuarterlySct } from "../domain/template/cchcQuarterlySct";
import type { ReportDocument } from "../taskpane/services/ReportDocument";
import { createReportDocument } from "../taskpane/services/createReportDocument";
import { WordSession } from "../word";
import { shippedRenderer } from "../word/operations/shippedRenderer";

/**
 * The pane's ReportDocument over a headless Word: the very `src/word` operations the add-in runs inside Word,
 * on a session whose batches go to `host.run` instead of `Word.run`. `api13` plays a WordApi 1.3 host
 * (no custom XML parts: the metadata falls back to custom properties, and the pane says what that costs).
 */
export function makeReportDocument(host: DocxHost, { api13 }: { readonly api13: boolean }): ReportDocument {
  const session = new WordSession((batch) => host.run(batch), { customXmlParts: !api13 });
  return createReportDocument({ session, template: cchcQuarterlySct, renderer: shippedRenderer });
}
