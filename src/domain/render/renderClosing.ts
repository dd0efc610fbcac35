import { borderlessTableXml } from "./borderlessTableXml";
import { FIRST_LINE_INDENT, TEXT_WIDTH } from "./pageLayout";
import { paragraphXml } from "./paragraphXml";
import type { RenderContext } from "./RenderContext";
import { renderInline } from "./renderInline";
import { runXml } from "./runXml";
import { STYLE } from "./styleIds";

const RECIPIENTS_WIDTH = 4200;
/** Room for the handwritten or digital signature and the seal between the title and the name. */
const SIGNATURE_SPACE = 1700;

/**
 * The closing sentence, then ND 30's footer block (ô số 7, 9b) as a borderless two-column table: "Nơi nhận:"
 * (12 pt bold italic) and its list (11 pt) on the left, level with the signer's authority and title (14 pt bold
 * capitals), the room for the signature and the signer's name (14 pt bold) on the right.
 *
 * @example
 * renderClosing(context)
 * // → '<w:p>…Trên đây là Báo cáo … <w:sdt>…bc:per:label…</w:sdt>…</w:p><w:tbl>…Nơi nhận:…KT. GIÁM ĐỐC…</w:tbl>'
 */
export function renderClosing(context: RenderContext): string {
  const { template, agency } = context;
  const closing = paragraphXml(renderInline(template.closing, context), { style: STYLE.body, keepNext: true });
  const left = (text: string, style: { size: number; bold?: boolean; italic?: boolean }): string =>
    paragraphXml(runXml(text, style), { style: STYLE.frame, align: "left" });
  const recipients =
    left("Nơi nhận:", { size: 12, bold: true, italic: true }) +
    agency.recipients.map((r) => left(`- ${r}`, { size: 11 })).join("") +
    left(`- ${agency.archive}`, { size: 11 });
  const centred = (text: string, before = 0): string =>
    paragraphXml(runXml(text, { size: 14, bold: true }), { style: STYLE.frame, align: "center", before });
  const signer = centred(agency.signAuthority.toUpperCase()) + centred(agency.signerTitle.toUpperCase()) + centred(agency.signerName, SIGNATURE_SPACE);
  return (
    closing +
    paragraphXml("", { style: STYLE.frame, firstLine: FIRST_LINE_INDENT, mark: { size: 6 } }) +
    borderlessTableXml([RECIPIENTS_WIDTH, TEXT_WIDTH - RECIPIENTS_WIDTH], [[recipients, signer]])
  );
}
