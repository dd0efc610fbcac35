import { runProperties, type RunStyle } from "./runXml";
import type { StyleId } from "./styleIds";

export type Alignment = "left" | "center" | "right" | "both";

/** Direct paragraph formatting on top of the paragraph's style; twips throughout. */
export type ParagraphLook = {
  readonly style: StyleId;
  readonly align?: Alignment;
  readonly firstLine?: number;
  readonly left?: number;
  readonly right?: number;
  readonly before?: number;
  readonly after?: number;
  readonly keepNext?: boolean;
  /** A solid rule under the paragraph, as long as the paragraph is wide (ND 30's short rules). */
  readonly ruleBelow?: boolean;
  /** Word's navigation pane level, 0 = a Roman part. */
  readonly outlineLevel?: number;
  /** Formatting of the paragraph mark: an empty rule paragraph is kept small this way. */
  readonly mark?: RunStyle;
};

/**
 * `w:pPr`, children in the schema's order (Word refuses some packages whose order is wrong).
 *
 * @example paragraphProperties({ style: STYLE.body, align: "center" }) // → '<w:pPr><w:pStyle w:val="BcBody"/><w:jc w:val="center"/></w:pPr>'
 */
export function paragraphProperties(look: ParagraphLook): string {
  const parts = [`<w:pStyle w:val="${look.style}"/>`];
  if (look.keepNext) parts.push("<w:keepNext/>");
  if (look.ruleBelow) parts.push('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>');
  if (look.before !== undefined || look.after !== undefined) {
    const before = look.before === undefined ? "" : ` w:before="${look.before}"`;
    const after = look.after === undefined ? "" : ` w:after="${look.after}"`;
    parts.push(`<w:spacing${before}${after}/>`);
  }
  if (look.firstLine !== undefined || look.left !== undefined || look.right !== undefined) {
    const left = look.left === undefined ? "" : ` w:left="${look.left}"`;
    const right = look.right === undefined ? "" : ` w:right="${look.right}"`;
    const first = look.firstLine === undefined ? "" : ` w:firstLine="${look.firstLine}"`;
    parts.push(`<w:ind${left}${right}${first}/>`);
  }
  if (look.align) parts.push(`<w:jc w:val="${look.align}"/>`);
  if (look.outlineLevel !== undefined) parts.push(`<w:outlineLvl w:val="${Math.min(8, look.outlineLevel)}"/>`);
  if (look.mark) parts.push(runProperties(look.mark));
  return `<w:pPr>${parts.join("")}</w:pPr>`;
}

/**
 * A paragraph of already-built runs (and inline controls).
 *
 * @example
 * paragraphXml(runXml("BÁO CÁO"), { style: STYLE.frame, align: "center" })
 * // → '<w:p><w:pPr><w:pStyle w:val="BcFrame"/><w:jc w:val="center"/></w:pPr><w:r>…</w:r></w:p>'
 */
export function paragraphXml(runs: string, look: ParagraphLook): string {
  return `<w:p>${paragraphProperties(look)}${runs}</w:p>`;
}
