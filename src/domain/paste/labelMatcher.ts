import type { Inline } from "../template/types";
import { normalizeLabel } from "./normalizeLabel";

/** Tells whether a normalised pasted label is this template label. */
export type LabelMatcher = (normalized: string) => boolean;

/** What a period phrase or figure inside a label can be: words with at least one number ("2021", "quy i nam 2021"). */
const SLOT = "[a-z0-9 ]*?\\d[a-z0-9 ]*?";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A matcher for a template label given as inline content. Text compares after `normalizeLabel`; a period
 * phrase or a figure inside the label ("Năm {per:year}") matches words that hold a number, since the pasted
 * header shows whichever year or period the clerk's sheet is for ("Năm 2021", not "Năm trước").
 *
 * @example
 * labelMatcher(parseInline("Năm {per:year}"))(normalizeLabel("Năm 2021")) // → true
 * labelMatcher([{ kind: "text", text: "Tỷ lệ (%)" }])("ty le")           // → true
 */
export function labelMatcher(label: readonly Inline[]): LabelMatcher {
  const hasSlot = label.some((i) => i.kind !== "text");
  if (!hasSlot) {
    const wanted = normalizeLabel(label.map((i) => (i.kind === "text" ? i.text : "")).join(""));
    return (normalized) => normalized === wanted;
  }
  const pieces: string[] = [];
  let text = "";
  for (const part of label) {
    if (part.kind === "text") {
      text += part.text;
      continue;
    }
    pieces.push(text);
    text = "";
  }
  pieces.push(text);
  const pattern = pieces
    .map((p, i) => (i === 0 ? normalizeLabel(p) : normalizeLabel(`x ${p}`).replace(/^x ?/, "")))
    .map((p) => escape(p))
    .join(` ?${SLOT} ?`);
  const regex = new RegExp(`^${pattern}$`);
  return (normalized) => regex.test(normalized);
}
