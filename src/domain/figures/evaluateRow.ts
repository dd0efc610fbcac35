import { percentOf } from "../format";
import type { ColumnDef, ColumnKey, TableDef } from "../template/types";
import type { ComputedCell, InputRow } from "./ComputedTable";

const numberOr = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

const textOr = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** Adds the values up; blank when any is blank (a sum over a missing figure is not known). */
export const sumOf = (values: readonly (number | null)[]): number | null =>
  values.every((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

/** The places a computed percent is rounded to: its column's, else whole percents. */
export const decimalsOf = (column: ColumnDef): number => (column.format.kind === "percent" ? column.format.decimals : 0);

/**
 * The numbers of one row by column, computed cells included: a composite cell is the sum of its parts, a
 * formula is evaluated over the row (in any column order), a percent is computed exactly from the integers
 * and rounded half-up to its column's places; ÷0 and missing operands give blank.
 *
 * @example
 * rowNumbers(T2, { c4: 2460, c6: 95 }) // → Map { c3 → 2555, c4 → 2460, c5 → 96.3, c6 → 95, c7 → 3.7, … }
 */
export function rowNumbers(def: TableDef, row: InputRow): ReadonlyMap<ColumnKey, number | null> {
  const byKey = new Map(def.columns.map((c) => [c.key, c]));
  const memo = new Map<ColumnKey, number | null>();
  const visiting = new Set<ColumnKey>();
  const value = (key: ColumnKey): number | null => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const column = byKey.get(key);
    if (!column || visiting.has(key)) return null;
    visiting.add(key);
    const v = own(column, row, value);
    visiting.delete(key);
    memo.set(key, v);
    return v;
  };
  for (const column of def.columns) value(column.key);
  return memo;
}

function own(column: ColumnDef, row: InputRow, value: (key: ColumnKey) => number | null): number | null {
  if (column.parts && column.parts.length > 0) return sumOf(column.parts.map((p) => numberOr(row[p.key])));
  // An input column that also has a formula is input-and-checked: the input stands (checks compare it).
  if (column.class !== "CALC" || !column.formula) return numberOr(row[column.key]);
  const formula = column.formula;
  if (formula.op === "sum") return sumOf(formula.of.map(value));
  const num = value(formula.num);
  const den = value(formula.den);
  return num === null || den === null ? null : (percentOf(num, den, decimalsOf(column)) ?? null);
}

type RowContext = { readonly def: TableDef; readonly row: InputRow; readonly index: number; readonly label?: Readonly<Record<ColumnKey, string>> };

/**
 * The printed cells of one data row: labels, the STT number of a variable table, texts, numbers with their
 * parts and notes, computed cells filled in.
 *
 * @example evaluateRow({ def: T2, row: { c2: "Công Thương", c4: 2460, c6: 95 }, index: 0 }).map((c) => c.value)
 * // → [1, "Công Thương", 2555, 2460, 96.3, 95, 3.7]
 */
export function evaluateRow({ def, row, index, label }: RowContext): readonly ComputedCell[] {
  const numbers = rowNumbers(def, row);
  const numberColumn = def.rows.mode === "variable" ? def.rows.numberColumn : undefined;
  return def.columns.map((column): ComputedCell => {
    const key = column.key;
    if (key === numberColumn) return { column: key, value: index + 1 };
    if (column.class === "LBL") return { column: key, value: label?.[key] ?? null };
    if (column.class === "TXT" || column.class === "ENUM") return { column: key, value: textOr(row[key]) };
    const value = numbers.get(key) ?? null;
    const parts = column.parts?.map((p) => numberOr(row[p.key]));
    const note = column.noteKey ? textOr(row[column.noteKey]) : null;
    return { column: key, value, ...(parts ? { parts } : {}), ...(note !== null ? { note } : {}) };
  });
}
