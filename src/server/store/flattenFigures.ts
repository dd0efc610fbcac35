import type { FieldValue, Figures } from "../../domain/figures/schema";

/** The key of a table cell in history: "T2[0].c3". Brackets never occur in a field key, so the two never meet. */
export const cellKey = (table: string, row: number, column: string): string => `${table}[${row}].${column}`;

/**
 * Every figure of a dataset by its history key: fields by their key, table cells by `cellKey`.
 *
 * @example
 * flattenFigures({ ..., fields: { a: 1 }, tables: { T2: { rows: [{ c3: 5 }] } } }) // Map { "a" → 1, "T2[0].c3" → 5 }
 */
export function flattenFigures(figures: Figures | undefined): Map<string, FieldValue> {
  const out = new Map<string, FieldValue>();
  if (!figures) return out;
  for (const [key, value] of Object.entries(figures.fields)) out.set(key, value);
  for (const [table, { rows }] of Object.entries(figures.tables)) {
    rows.forEach((row, r) => {
      for (const [column, value] of Object.entries(row)) out.set(cellKey(table, r, column), value);
    });
  }
  return out;
}
