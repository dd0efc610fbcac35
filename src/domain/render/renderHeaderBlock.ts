import { headerTag } from "../tags/tags";
import { borderlessTableXml } from "./borderlessTableXml";
import { paragraphXml } from "./paragraphXml";
import type { RenderContext } from "./RenderContext";
import { renderInline } from "./renderInline";
import { ruleParagraph } from "./ruleParagraph";
import { runXml } from "./runXml";
import { STYLE } from "./styleIds";
import { TEXT_WIDTH } from "./pageLayout";

/** The agency column is narrower than the national one, whose Quốc hiệu must fit on one line in 13 pt bold. */
const LEFT = 3345;
const RIGHT = TEXT_WIDTH - LEFT;

const centred = (runs: string, before?: number): string =>
  paragraphXml(runs, before === undefined ? { style: STYLE.frame, align: "center" } : { style: STYLE.frame, align: "center", before });

/** The blanks of the date the văn thư writes in at registration (ND 30: the date is the văn thư's). */
const BLANK_DATE = "ngày       tháng       năm       ";
/** Room before "/BC-SCT" for the number the văn thư writes in. */
const BLANK_NUMBER = "          ";

/**
 * ND 30's header block (ô số 1–4) as a borderless two-column table. Left: parent agency (13 pt caps), issuing
 * agency (13 pt bold caps) over a short rule, then "Số: <number>/BC-SCT". Right: Quốc hiệu (13 pt bold), Tiêu
 * ngữ (14 pt bold) over a rule as long as the motto, then the place and date in italics. Number and date are
 * controls (`bc:hdr:docNumber`, `bc:hdr:issueDate`) that stay blank for the văn thư.
 *
 * @example
 * renderHeaderBlock(context) // → '<w:tbl>…UBND TỈNH ĐỒNG NAI…SỞ CÔNG THƯƠNG…CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM…</w:tbl>'
 */
export function renderHeaderBlock(context: RenderContext): string {
  const { agency } = context;
  const left =
    centred(runXml(agency.parentAgency, { size: 13, caps: true })) +
    centred(runXml(agency.agency, { size: 13, bold: true, caps: true })) +
    ruleParagraph(1300, LEFT);
  const right =
    centred(runXml("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 13, bold: true })) +
    centred(runXml("Độc lập - Tự do - Hạnh phúc", { size: 14, bold: true })) +
    ruleParagraph(3600, RIGHT);
  const numberStyle = { size: 13 };
  const number = centred(
    runXml(`Số:${BLANK_NUMBER}`, numberStyle) +
      renderInline([{ kind: "hdr", field: "docNumber" }], context, numberStyle) +
      runXml(`/${agency.symbol}`, numberStyle),
    120,
  );
  const dateStyle = { size: 14, italic: true };
  const date = centred(
    runXml(`${agency.place}, `, dateStyle) +
      renderInline([{ kind: "hdr", field: "issueDate" }], context, dateStyle) +
      (context.texts.get(headerTag("issueDate")) ? "" : runXml(BLANK_DATE, dateStyle)),
    120,
  );
  return borderlessTableXml([LEFT, RIGHT], [
    [left, right],
    [number, date],
  ]);
}
