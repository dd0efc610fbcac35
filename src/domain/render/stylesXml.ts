import { NS } from "./namespaces";
import { FIRST_LINE_INDENT } from "./pageLayout";
import { STYLE } from "./styleIds";

const FONT = "Times New Roman";

/** Character formatting every style states itself, so no destination default (Calibri 11) leaks in. */
const baseRun = (halfPoints: number, extra = ""): string =>
  `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>${extra}` +
  `<w:color w:val="000000"/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/><w:lang w:val="vi-VN"/></w:rPr>`;

type StyleSpec = { readonly id: string; readonly name: string; readonly basedOn?: string; readonly next?: string; readonly pPr: string; readonly rPr: string };

const style = (s: StyleSpec): string =>
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
  (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : "") +
  (s.next ? `<w:next w:val="${s.next}"/>` : "") +
  `<w:qFormat/><w:pPr>${s.pPr}</w:pPr>${s.rPr}</w:style>`;

/** Body: ND 30 — 14 pt, justified, 1 cm first-line indent, 6 pt after, line spacing 1,15 (between single and 1,5). */
const BODY_PPR = `<w:widowControl/><w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="${FIRST_LINE_INDENT}"/><w:jc w:val="both"/>`;
const FLAT_PPR = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/>';

/**
 * The styles part of the report: body, headings by level, the frame's centred lines, table cells and the page
 * number, all Times New Roman in black with Vietnamese as the proofing language.
 *
 * @example
 * stylesXml() // → '<w:styles xmlns:w="…"><w:style w:type="paragraph" w:customStyle="1" w:styleId="BcBody">…</w:styles>'
 */
export function stylesXml(): string {
  const styles = [
    style({ id: STYLE.body, name: "BC Nội dung", pPr: BODY_PPR, rPr: baseRun(28) }),
    style({ id: STYLE.part, name: "BC Phần", basedOn: STYLE.body, next: STYLE.body, pPr: '<w:keepNext/><w:spacing w:before="120" w:after="120"/>', rPr: "<w:rPr><w:b/><w:bCs/><w:caps/></w:rPr>" }),
    style({ id: STYLE.item, name: "BC Mục", basedOn: STYLE.body, next: STYLE.body, pPr: "<w:keepNext/>", rPr: "<w:rPr><w:b/><w:bCs/></w:rPr>" }),
    style({ id: STYLE.point, name: "BC Điểm", basedOn: STYLE.body, next: STYLE.body, pPr: "<w:keepNext/>", rPr: "" }),
    style({ id: STYLE.frame, name: "BC Khung", pPr: `${FLAT_PPR}<w:jc w:val="center"/>`, rPr: baseRun(28) }),
    style({ id: STYLE.cell, name: "BC Ô bảng", pPr: '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/>', rPr: baseRun(26) }),
    style({ id: STYLE.pageNumber, name: "BC Số trang", pPr: `${FLAT_PPR}<w:jc w:val="center"/>`, rPr: baseRun(26) }),
  ];
  return `<w:styles xmlns:w="${NS.w}">${styles.join("")}</w:styles>`;
}
