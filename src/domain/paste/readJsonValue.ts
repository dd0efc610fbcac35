import type { CellValue } from "../figures/schema";
import type { InputColumn } from "../template/inputColumns";
import { countTooLarge, MAX_COUNT } from "../figures/limits";
import { problem, type CellRead } from "./CellProblem";
import { readInputCell } from "./readInputCell";

/**
 * Reads one value of a JSON paste for an input column: strings are read like pasted cells ("2.555"), numbers
 * are taken as numbers and checked (a count is a whole number, a percentage 0–100), null is empty.
 *
 * @example readJsonValue(2555, countColumn) // → { value: 2555 }
 * @example readJsonValue(1.5, countColumn)  // → { problem: { code: "paste.notAnInteger", params: { value: "1.5" } } }
 */
export function readJsonValue(value: unknown, input: InputColumn): CellRead<CellValue> {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string") return readInputCell(value, input);
  if (typeof value !== "number" || !Number.isFinite(value)) return problem("paste.badNumber", { value: JSON.stringify(value) ?? "" });
  const text = String(value);
  if (input.kind === "text" || input.kind === "enum") return readInputCell(text, input);
  if (value < 0) return problem("paste.negative", { value: text });
  if (input.kind === "percent") return value > 100 ? problem("paste.percentOver100", { value: text }) : { value };
  if (!Number.isInteger(value)) return problem("paste.notAnInteger", { value: text });
  return countTooLarge(value) ? problem("paste.tooLarge", { value: text, limit: MAX_COUNT }) : { value };
}
