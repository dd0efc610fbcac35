import { MONTHS, QUARTER, WINDOW } from "../checks/stalePeriod/periodSpellings";
import { MISSING_FIGURE } from "../render/reportContent";
import { foldText } from "./foldText";
import type { Slot } from "./reportPattern";

/** A pattern's source with its groups made non-capturing, so that it can sit inside a larger pattern. */
const inner = (pattern: RegExp): string => pattern.source.replace(/\((?!\?)/g, "(?:");

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A literal of the template as a pattern over folded text: spaces may be missing or doubled. */
export const literalPattern = (text: string): string =>
  foldText(text).text.split(" ").map(escapeRegExp).join(" ?");

const INTEGER = String.raw`\d{1,3}(?:\.\d{3})+|\d+`;
const MISSING = escapeRegExp(MISSING_FIGURE);

/**
 * What the text of a slot looks like, over folded text: a count "1.053" or "07", a percent "99,36%" or
 * "96,3 %", a ratio "116/116", a date, a year, a phrase for zero, a period label in any spelling the stale
 * scan knows, a data window. Text fields take anything (their sentence decides where they end).
 *
 * @example new RegExp(`^(?:${slotShape(percentSlot)})$`).test("99,36 %") // → true
 */
export function slotShape(slot: Slot): string {
  if (slot.kind === "per") {
    switch (slot.def?.class) {
      case "CUR":
        return `${inner(QUARTER)}|${inner(MONTHS)}|năm \\d{4}`;
      case "RANGE":
        return inner(WINDOW);
      case "ASOF":
        return String.raw`\d{1,2}/\d{1,2}/\d{4}`;
      default:
        return String.raw`\d{4}`;
    }
  }
  const def = slot.def;
  const alternatives: string[] = [MISSING];
  if (def?.phrase) {
    alternatives.push(literalPattern(def.phrase.zero));
    alternatives.push(def.phrase.other.split("{n}").map(literalPattern).join(`(?:${INTEGER})`));
  }
  switch (def?.type) {
    case "integer":
      alternatives.push(INTEGER);
      break;
    case "percent":
      alternatives.push(String.raw`\d+(?:[.,]\d+)? ?%`);
      break;
    case "ratio":
      alternatives.push(String.raw`(?:${INTEGER}) ?/ ?(?:${INTEGER})`);
      break;
    case "date":
      alternatives.push(String.raw`\d{1,2}/\d{1,2}/\d{4}`);
      break;
    case "year":
      alternatives.push(String.raw`\d{4}`);
      break;
    default:
      alternatives.push("[^]+?");
  }
  return alternatives.join("|");
}
