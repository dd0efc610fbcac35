import { paragraphXml } from "./paragraphXml";
import { STYLE } from "./styleIds";

/**
 * ND 30's short solid rule under the agency name, the motto and the summary line: an empty, tiny paragraph with
 * a bottom border, narrowed by equal indents to `length` twips and so centred in a space `within` twips wide.
 *
 * @example
 * ruleParagraph(1300, 3345) // → a centred rule 1300 twips long in a 3345-twip cell
 */
export function ruleParagraph(length: number, within: number): string {
  const side = Math.max(0, Math.round((within - length) / 2));
  return paragraphXml("", {
    style: STYLE.frame,
    align: "center",
    left: side,
    right: side,
    before: 40,
    after: 0,
    ruleBelow: true,
    mark: { size: 2 },
  });
}
