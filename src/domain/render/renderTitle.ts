import { paragraphXml } from "./paragraphXml";
import { TEXT_WIDTH } from "./pageLayout";
import type { RenderContext } from "./RenderContext";
import { renderInline } from "./renderInline";
import { ruleParagraph } from "./ruleParagraph";
import { runXml } from "./runXml";
import { STYLE } from "./styleIds";

/**
 * ND 30's tên loại and trích yếu (ô số 5a) and the "Kính gửi" line (ô số 9a): "BÁO CÁO" bold centred 14 pt,
 * the summary line bold centred with the period label as a control and a short rule below, then the addressee.
 *
 * @example
 * renderTitle(context)
 * // → '<w:p>…BÁO CÁO…</w:p><w:p>…Kết quả thực hiện … <w:sdt>…bc:per:label…Quí I năm 2021…</w:sdt></w:p><w:p>…rule…</w:p>
 * //    <w:p>…Kính gửi: Ủy ban nhân dân tỉnh.</w:p>'
 */
export function renderTitle(context: RenderContext): string {
  const { template, agency } = context;
  const bold = { bold: true, size: 14 };
  const prefix = template.summaryPrefix === "" || /\s$/.test(template.summaryPrefix) ? template.summaryPrefix : `${template.summaryPrefix} `;
  return (
    paragraphXml(runXml("BÁO CÁO", bold), { style: STYLE.frame, align: "center", before: 360, keepNext: true }) +
    paragraphXml(runXml(prefix, bold) + renderInline([{ kind: "per", slot: "label" }], context, bold), {
      style: STYLE.frame,
      align: "center",
      keepNext: true,
    }) +
    ruleParagraph(2800, TEXT_WIDTH) +
    paragraphXml(runXml(`Kính gửi: ${agency.addressee}.`, { size: 14 }), {
      style: STYLE.frame,
      align: "center",
      before: 240,
      after: 240,
    })
  );
}
