import { parseViNumber } from "../format/parseViNumber";
import { countTooLarge, MAX_COUNT } from "../figures/limits";
import { problem, type CellRead } from "./CellProblem";

/** Whether a cell counts things (a whole number, never negative) or is a percentage (0–100). */
export type NumberKind = "integer" | "percent";

/**
 * Reads a number cell, taking nothing on trust: "2.555" in a count column is 2555 (its other reading, 2,555,
 * is no count), but "1,053" there is reported as ambiguous (1,053 or 1053), "1,5" is not an integer and "50%"
 * is not a count; in a percent column "1.234" is ambiguous (1234 or 1,234) and 120 is over 100. An empty cell
 * is null.
 *
 * @example
 * readNumberCell("2.555", "integer")  // → { value: 2555 }
 * readNumberCell("96,3 %", "percent") // → { value: 96.3 }
 * readNumberCell("1.234", "percent")  // → { problem: { code: "paste.ambiguousNumber", params: { value: "1.234", first: 1234, second: 1.234 } } }
 */
export function readNumberCell(text: string, kind: NumberKind): CellRead<number | null> {
  const value = text.trim();
  const parsed = parseViNumber(value, { strict: true });
  if ("value" in parsed) return accept(parsed.value, parsed.unit, value, kind);
  if (parsed.issue === "number.empty") return { value: null };
  if (parsed.issue !== "number.ambiguous") return problem("paste.badNumber", { value });
  const [first, second] = parsed.readings;
  // In a count column a dot before three digits groups thousands: the other reading (2,555) is no count.
  if (kind === "integer" && parsed.unit === "none" && Number.isInteger(first) && first > second) {
    return accept(first, parsed.unit, value, kind);
  }
  return problem("paste.ambiguousNumber", { value, first, second });
}

function accept(n: number, unit: "none" | "percent", text: string, kind: NumberKind): CellRead<number> {
  if (n < 0) return problem("paste.negative", { value: text });
  if (kind === "percent") return n > 100 ? problem("paste.percentOver100", { value: text }) : { value: n };
  if (unit === "percent") return problem("paste.percentInCount", { value: text });
  if (!Number.isInteger(n)) return problem("paste.notAnInteger", { value: text });
  return countTooLarge(n) ? problem("paste.tooLarge", { value: text, limit: MAX_COUNT }) : { value: n };
}
