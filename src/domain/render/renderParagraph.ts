import type { Paragraph } from "../template/types";
import { paragraphXml } from "./paragraphXml";
import type { RenderContext } from "./RenderContext";
import { renderInline } from "./renderInline";
import { runXml, type RunStyle } from "./runXml";
import { STYLE } from "./styleIds";

/** A run-in item's printed number ("a)", "1.", "- Thứ nhất,"), which starts its first paragraph. */
export type LeadIn = { readonly text: string; readonly style: RunStyle };

const emphasisStyle = (emphasis: Paragraph["emphasis"]): RunStyle =>
  emphasis === "bold" ? { bold: true } : emphasis === "italic" ? { italic: true } : {};

/**
 * A body paragraph: justified 14 pt with a 1 cm first-line indent (the style), the typed "-" or "+" bullet of
 * the seed kept as text, and a run-in number in front when the paragraph opens a run-in item.
 *
 * @example
 * renderParagraph(bullet("+", "Trong {per:label}, …"), context)
 * // → '<w:p><w:pPr><w:pStyle w:val="BcBody"/></w:pPr><w:r>…+ …</w:r><w:r>…Trong …</w:r><w:sdt>…</w:sdt>…</w:p>'
 */
export function renderParagraph(paragraph: Paragraph, context: RenderContext, leadIn?: LeadIn): string {
  const style = emphasisStyle(paragraph.emphasis);
  const runs =
    (leadIn ? runXml(`${leadIn.text} `, { ...style, ...leadIn.style }) : "") +
    (paragraph.bullet ? runXml(`${paragraph.bullet} `, style) : "") +
    renderInline(paragraph.content, context, style);
  return paragraphXml(runs, { style: STYLE.body });
}
