import type { Figures } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import { readFieldValue } from "../paste/readFieldValue";
import { readInputCell } from "../paste/readInputCell";
import { parseCellTag, parseTag } from "../tags/tags";
import { inputColumns } from "../template/inputColumns";
import type { Template } from "../template/types";
import { cleanText } from "../figures/cleanText";
import { figuresFromTexts } from "./figuresFromTexts";

/** A value the clerk typed for one figure: read as the figure's type, or why it cannot be. */
export type CorrectionRead = { readonly text: string } | { readonly issue: Issue };

/**
 * Reads what the clerk typed as the right value of one figure (its control's tag), by the figure's type, as a
 * paste is read: a count, a percentage, a ratio, a date, text. A computed figure (a total, a share) is not
 * typed: the pane corrects what it is computed from. The issue's place is the figure, named at display time.
 * What was typed is cleaned as every text from outside is (cleanText: NFC, no control or bidirectional
 * characters), so the document and the metadata receive the same text.
 *
 * @example readCorrection(template, "bc:fig:T2.r1.c6", " 110 ") // → { text: "110" }
 * @example readCorrection(template, "bc:fig:T2.r1.c6", "abc")   // → { issue: { code: "paste.badNumber", path: ["doc", "bc:fig:T2.r1.c6"], … } }
 */
export function readCorrection(template: Template, tag: string, typed: string): CorrectionRead {
  const text = cleanText(typed).trim();
  const place = ["doc", tag] as const;
  const parsed = parseTag(tag);
  if (parsed?.kind !== "fig") return { issue: issue("figures.unknownKey", place) };
  const cell = parseCellTag(tag);
  if (cell) {
    const def = template.tables[cell.table];
    if (!def) return { issue: issue("figures.unknownKey", place) };
    const input = cell.row === "total" ? undefined : inputColumns(def).find((c) => c.key === cell.column);
    if (!input || input.column.parts || input.column.noteKey) return { issue: issue("figures.computedNotInput", place) };
    const read = readInputCell(text, input);
    return "value" in read ? { text } : { issue: issue(read.problem.code, place, read.problem.params) };
  }
  const def = template.fields[parsed.name];
  if (!def) return { issue: issue("figures.unknownKey", place) };
  if (def.computed) return { issue: issue("figures.computedNotInput", place) };
  const read = readFieldValue(text, def);
  return "value" in read ? { text } : { issue: issue(read.problem.code, place, read.problem.params) };
}

/**
 * The figures with one figure corrected (a text `readCorrection` accepted): what is written to the figures
 * service, whose computed figures then follow as every refresh computes them.
 *
 * @example correctedFigures(template, seed, "bc:fig:T2.r1.c6", "110").tables.T2?.rows[0]?.c6 // → 110
 */
export function correctedFigures(template: Template, figures: Figures, tag: string, text: string): Figures {
  return figuresFromTexts(template, figures, new Map([[tag, text]])).figures;
}

/**
 * Whether a figure can be corrected by typing it: an input figure of the template, not a total or a share.
 *
 * @example isCorrectable(template, "bc:fig:T2.r1.c6") // → true
 * @example isCorrectable(template, "bc:fig:T2.rTotal.c3") // → false
 */
export function isCorrectable(template: Template, tag: string): boolean {
  const read = readCorrection(template, tag, "");
  return !("issue" in read) || !["figures.computedNotInput", "figures.unknownKey"].includes(read.issue.code);
}
