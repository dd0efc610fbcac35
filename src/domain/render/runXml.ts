import { escapeXml, ptToHalfPoints } from "./xml";

/** Character formatting of a run; absent properties come from the paragraph's style. */
export type RunStyle = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly caps?: boolean;
  /** Points; absent = the style's size. */
  readonly size?: number;
};

/**
 * The `w:rPr` of a run style, or "" when the style adds nothing.
 *
 * @example runProperties({ italic: true }) // → "<w:rPr><w:i/><w:iCs/></w:rPr>"
 */
export function runProperties(style: RunStyle = {}): string {
  const parts: string[] = [];
  if (style.bold !== undefined) parts.push(style.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>');
  if (style.italic !== undefined) parts.push(style.italic ? "<w:i/><w:iCs/>" : '<w:i w:val="0"/><w:iCs w:val="0"/>');
  if (style.caps) parts.push("<w:caps/>");
  if (style.size !== undefined) {
    const hp = ptToHalfPoints(style.size);
    parts.push(`<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`);
  }
  return parts.length === 0 ? "" : `<w:rPr>${parts.join("")}</w:rPr>`;
}

/**
 * A run of text, escaped; spaces kept as typed. Line feeds become line breaks, tabs become tabs.
 *
 * @example
 * runXml("Số: ", { size: 13 })
 * // → '<w:r><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">Số: </w:t></w:r>'
 */
export function runXml(text: string, style: RunStyle = {}): string {
  const rPr = runProperties(style);
  if (text === "") return `<w:r>${rPr}</w:r>`;
  const pieces = text.split(/(\n|\t)/).filter((p) => p !== "");
  const inner = pieces
    .map((p) => (p === "\n" ? "<w:br/>" : p === "\t" ? "<w:tab/>" : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`))
    .join("");
  return `<w:r>${rPr}${inner}</w:r>`;
}
