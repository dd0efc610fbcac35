import { cchcQuarterlySct } from "../../domain/template/cchcQuarterlySct";
import { WordSession } from "../../word";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import type { ReportDocument } from "../services/ReportDocument";
import { createReportDocument } from "../services/createReportDocument";

/**
 * The open Word document as the pane sees it: the `src/word` operations, each batch in a `Word.run`, on a
 * session that knows whether this Word has WordApi 1.4 (custom XML parts for the report's metadata).
 */
export function wordReportDocument(): ReportDocument {
  const customXmlParts = Office.context.requirements.isSetSupported("WordApi", "1.4");
  const session = new WordSession((batch) => Word.run(batch), { customXmlParts });
  return createReportDocument({ session, template: cchcQuarterlySct, renderer: shippedRenderer });
}
