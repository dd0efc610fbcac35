import type { CellValue, FieldValue, Figures } from "../figures/schema";
import { readFieldValue } from "../paste/readFieldValue";
import { readInputCell } from "../paste/readInputCell";
import { parseCellTag, parseTag } from "../tags/tags";
import { inputColumns } from "../template/inputColumns";
import type { Template } from "../template/types";

export type FiguresFromTexts = {
  /** The figures with every readable input text in place of the value it had. */
  readonly figures: Figures;
  /** Tags whose text is not a value of the figure's type ("abc" in a count): left as they were. */
  readonly unreadable: readonly string[];
};

/**
 * The Figures a document prints: input cells and prose figures read back from their texts (by the figure's
 * type, as a paste is read), over the figures they came from. Computed cells and figures are not input: they
 * are recomputed from what is read, which is how a kept hand edit carries into totals and percentages and how
 * the check before signing judges what the report says. Composite cells ("52 (14cts + 7 sim PKI)") keep their
 * figures, since their printed text is not one value.
 *
 * @example figuresFromTexts(template, seed, new Map([["bc:fig:T2.r1.c6", "110"]])).figures.tables.T2?.rows[0]?.c6 // → 110
 */
export function figuresFromTexts(
  template: Template,
  figures: Figures,
  texts: ReadonlyMap<string, string>,
): FiguresFromTexts {
  const fields: Record<string, FieldValue> = { ...figures.fields };
  const tables: Record<string, { rows: Record<string, CellValue>[] }> = {};
  const rowsOf = (id: string) => {
    const existing = tables[id];
    if (existing) return existing.rows;
    const copy = (figures.tables[id]?.rows ?? []).map((r) => ({ ...r }));
    tables[id] = { rows: copy };
    return copy;
  };
  const unreadable: string[] = [];
  for (const [tag, text] of texts) {
    const parsed = parseTag(tag);
    if (parsed?.kind !== "fig") continue;
    const cell = parseCellTag(tag);
    if (cell) {
      if (cell.row === "total") continue;
      const def = template.tables[cell.table];
      const input = def ? inputColumns(def).find((c) => c.key === cell.column) : undefined;
      if (!input || input.column.parts || input.column.noteKey) continue;
      const read = readInputCell(text, input);
      if (!("value" in read)) {
        unreadable.push(tag);
        continue;
      }
      const rows = rowsOf(cell.table);
      while (rows.length < cell.row) rows.push({});
      const row = rows[cell.row - 1];
      if (row && !sameValue(row[cell.column], read.value)) row[cell.column] = read.value;
      continue;
    }
    const def = template.fields[parsed.name];
    if (!def || def.computed) continue;
    const read = readFieldValue(text, def);
    if (!("value" in read)) {
      unreadable.push(tag);
      continue;
    }
    if (!sameValue(fields[parsed.name], read.value)) fields[parsed.name] = read.value;
  }
  return { figures: { ...figures, fields, tables: { ...figures.tables, ...tables } }, unreadable };
}

/**
 * Whether `text` reads, as the figure's type, as the value `figures` hold for the input figure or cell `tag`
 * ("1.5%" and "1,5%" both read 1.5 for a percent). False for computed figures and what is not one value.
 *
 * @example readsAsFigure(template, seed, "bc:fig:T2.r1.c6", "95") // → true when T2 r1 c6 is 95
 */
export function readsAsFigure(template: Template, figures: Figures, tag: string, text: string): boolean {
  const parsed = parseTag(tag);
  if (parsed?.kind !== "fig") return false;
  const cell = parseCellTag(tag);
  if (cell) {
    if (cell.row === "total") return false;
    const def = template.tables[cell.table];
    const input = def ? inputColumns(def).find((c) => c.key === cell.column) : undefined;
    if (!input || input.column.parts || input.column.noteKey) return false;
    const read = readInputCell(text, input);
    return "value" in read && sameValue(figures.tables[cell.table]?.rows[cell.row - 1]?.[cell.column], read.value);
  }
  const def = Object.hasOwn(template.fields, parsed.name) ? template.fields[parsed.name] : undefined;
  if (!def || def.computed) return false;
  const read = readFieldValue(text, def);
  return "value" in read && sameValue(figures.fields[parsed.name], read.value);
}

/** Blank and absent are the same figure; so are equal numbers and ratios. */
function sameValue(a: unknown, b: unknown): boolean {
  if ((a === undefined || a === null || a === "") && (b === null || b === "")) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
