import type { FieldValue } from "../figures/schema";
import type { FieldDef } from "../template/types";
import { countTooLarge, MAX_COUNT } from "../figures/limits";
import { problem, type CellRead } from "./CellProblem";
import { readFieldValue } from "./readFieldValue";

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/**
 * Reads the value of a figure from JSON: strings as pasted text ("99,36%", "116/116"), numbers checked by
 * the figure's type, `{ num, den }` for a ratio, null for empty.
 *
 * @example readJsonField({ num: 116, den: 116 }, ratioField) // → { value: { num: 116, den: 116 } }
 */
export function readJsonField(value: unknown, def: FieldDef): CellRead<FieldValue> {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string") return readFieldValue(value, def);
  const text = JSON.stringify(value) ?? "";
  if (def.type === "ratio") {
    const r = value as { num?: unknown; den?: unknown };
    return typeof value === "object" && isCount(r.num) && isCount(r.den)
      ? { value: { num: r.num, den: r.den } }
      : problem("paste.badRatio", { value: text });
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return problem("paste.badNumber", { value: text });
  if (def.type === "text" || def.type === "date") return readFieldValue(String(value), def);
  if (value < 0) return problem("paste.negative", { value: text });
  if (def.type === "percent") return value > 100 ? problem("paste.percentOver100", { value: text }) : { value };
  if (!Number.isInteger(value)) return problem("paste.notAnInteger", { value: text });
  return countTooLarge(value) ? problem("paste.tooLarge", { value: text, limit: MAX_COUNT }) : { value };
}
