import { percentOf } from "../format";
import type { Aggregation, ColumnDef, ColumnKey, TableDef } from "../template/types";
import type { ComputedCell } from "./ComputedTable";
import { decimalsOf, sumOf } from "./evaluateRow";
import { normalizeText } from "./normalizeText";

const filled = (v: unknown): boolean => v !== null && v !== undefined && v !== "";

/** The numbers of a column over the data rows, blanks left out: what a "sum" adds up. */
const numbersIn = (rows: readonly (readonly ComputedCell[])[], i: number): number[] =>
  rows.flatMap((cells) => {
    const v = cells[i]?.value;
    return typeof v === "number" ? [v] : [];
  });

/** A sum over the rows that have a number; blank when none has. */
const columnSum = (rows: readonly (readonly ComputedCell[])[], i: number): number | null => {
  const values = numbersIn(rows, i);
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0);
};

/** The parts of a composite column added up row by row. */
const partSums = (column: ColumnDef, rows: readonly (readonly ComputedCell[])[], i: number) =>
  column.parts?.map((_, p) => {
    const values = rows.flatMap((cells) => {
      const v = cells[i]?.parts?.[p];
      return typeof v === "number" ? [v] : [];
    });
    return values.length === 0 ? null : values.reduce((s, v) => s + v, 0);
  });

/**
 * The total row's cells after its label, by the template's declared aggregations: sums, counts of filled or
 * distinct entries, the number of rows — and percents recomputed from the sums, never added up.
 *
 * @example
 * aggregateTotal(T2, [evaluateRow({ def: T2, row: { c4: 2460, c6: 95 }, index: 0 })]).map((c) => c.value)
 * // → [2555, 2460, 96.3, 95, 3.7]
 */
export function aggregateTotal(def: TableDef, rows: readonly (readonly ComputedCell[])[]): readonly ComputedCell[] {
  const total = def.total;
  if (!total) return [];
  const sums = new Map<ColumnKey, number | null>(def.columns.map((c, i) => [c.key, columnSum(rows, i)]));
  const recompute = (column: ColumnDef): number | null => {
    const formula = column.formula;
    if (!formula) return sums.get(column.key) ?? null;
    if (formula.op === "sum") return sumOf(formula.of.map((k) => sums.get(k) ?? null));
    const num = sums.get(formula.num) ?? null;
    const den = sums.get(formula.den) ?? null;
    return num === null || den === null ? null : (percentOf(num, den, decimalsOf(column)) ?? null);
  };
  return def.columns.slice(total.labelSpan).map((column): ComputedCell => {
    const i = def.columns.indexOf(column);
    const aggregation: Aggregation = total.aggregations[column.key] ?? "none";
    const values = rows.map((cells) => cells[i]?.value);
    switch (aggregation) {
      case "sum": {
        const parts = partSums(column, rows, i);
        return { column: column.key, value: sums.get(column.key) ?? null, ...(parts ? { parts } : {}) };
      }
      case "recompute":
        return { column: column.key, value: recompute(column) };
      case "countNonEmpty":
        return { column: column.key, value: values.filter(filled).length };
      case "countDistinct":
        return { column: column.key, value: new Set(values.filter(filled).map((v) => normalizeText(String(v)))).size };
      case "rowCount":
        return { column: column.key, value: rows.length };
      case "none":
        return { column: column.key, value: null };
    }
  });
}
