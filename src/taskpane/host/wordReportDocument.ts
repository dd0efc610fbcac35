import { cchcQuarterlySct } from "../../domain/template/cchcQuarterlySct";
import { officeWordSession } from "../../word/host/officeHost";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import type { ReportDocument } from "../services/ReportDocument";
import { createReportDocument } from "../services/createReportDocument";

/** The open Word document as the pane sees it: the `src/word` operations on a session over `Word.run`. */
export function wordReportDocument(): ReportDocument {
  return createReportDocument({ session: officeWordSession(), template: cchcQuarterlySct, renderer: shippedRenderer });
}
