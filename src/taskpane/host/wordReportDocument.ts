import { cchcQuarterlySct } from "../../domain/template/cchcQuarterlySct";
import { capabilitiesOf, WordSession } from "../../word";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import type { ReportDocument } from "../services/ReportDocument";
import { createReportDocument } from "../services/createReportDocument";

/**
 * The open Word document as the pane sees it: the `src/word` operations, each batch in a `Word.run`, on a
 * session that knows what this Word offers: WordApi 1.4 (custom XML parts for the report's metadata), WordApi 1.5,
 * WordApiDesktop 1.3 (PageSetup for ND 30's page).
 */
export function wordReportDocument(): ReportDocument {
  const { requirements } = Office.context;
  const session = new WordSession((batch) => Word.run(batch), capabilitiesOf((name, version) => requirements.isSetSupported(name, version)));
  return createReportDocument({ session, template: cchcQuarterlySct, renderer: shippedRenderer });
}
