/**
 * How long `parsePastedTable` takes over a large paste: 10,000 rows of T2, as Excel would copy them (two-row
 * merged header, CRLF, vi-VN numbers, a total row). Run with `npx tsx bench/paste.bench.ts`.
 */
import { formatInteger } from "../src/domain/format/formatInteger";
import { formatPercent } from "../src/domain/format/formatPercent";
import { evaluateColumn } from "../src/domain/paste/evaluateColumn";
import { parsePastedTable } from "../src/domain/paste/parsePastedTable";
import type { ColumnDef, HeaderCell, TableDef, Template } from "../src/domain/template/types";
import { inlineNotation } from "../src/domain/template/markup";
import { cchcQuarterlySct } from "../src/domain/template/cchcQuarterlySct";

const depth = (cells: readonly HeaderCell[]): number =>
  cells.reduce((d, c) => Math.max(d, 1 + (c.children ? depth(c.children) : 0)), 0);
const span = (cell: HeaderCell): number => (cell.children?.length ? cell.children.reduce((n, c) => n + span(c), 0) : 1);

/** A header cell's text as a clerk's sheet shows it: a period phrase as the year, a wrapped cell quoted. */
const headerText = (cell: HeaderCell) => {
  const text = inlineNotation(cell.label).replace(/\{[a-z]+:[^}]*\}/g, "2021");
  return /[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The header rows of a table as a spreadsheet copies them: a merged cell's text in its first cell, blanks elsewhere. */
function headerLines(table: TableDef): string[][] {
  const width = table.header.reduce((n, c) => n + span(c), 0);
  const lines = Array.from({ length: depth(table.header) }, () => Array<string>(width).fill(""));
  const place = (cells: readonly HeaderCell[], level: number, at: number) => {
    let col = at;
    for (const cell of cells) {
      const line = lines[level];
      if (line) line[col] = headerText(cell);
      if (cell.children?.length) place(cell.children, level + 1, col);
      col += span(cell);
    }
  };
  place(table.header, 0, 0);
  return lines;
}

/** One data row: counts that add up, computed cells written as the report writes them. */
function dataLine(table: TableDef, i: number): string[] {
  const values: Record<string, number | string | null> = {};
  table.columns.forEach((column, k) => {
    if (column.class === "IN" && column.format.kind === "integer") values[column.key] = 100 + ((i * 37 + k * 11) % 2000);
  });
  const text = (column: ColumnDef): string => {
    if (table.rows.mode === "variable" && column.key === table.rows.numberColumn) return String(i + 1);
    if (column.format.kind === "enum") return column.format.options[0] ?? "";
    if (column.format.kind === "text") return column.class === "LBL" ? String(i + 1) : `Thủ tục hành chính số ${i + 1}`;
    const v = evaluateColumn(table, column.key, values);
    if (v === undefined) return "";
    if (column.class === "IN") values[column.key] = v;
    return column.format.kind === "percent" ? formatPercent(v, { decimals: column.format.decimals, space: true }) : formatInteger(v);
  };
  return table.columns.map(text);
}

/**
 * A paste of `rows` data rows of a variable table, as Excel puts it on the clipboard.
 *
 * @example bigPaste(cchcQuarterlySct.tables.T2!, 10_000).split("\r\n").length // → 10_004 (2 header rows, a trailing break)
 */
export function bigPaste(table: TableDef, rows: number): string {
  const lines = [...headerLines(table), ...Array.from({ length: rows }, (_, i) => dataLine(table, i))];
  return `${lines.map((l) => l.join("\t")).join("\r\n")}\r\n`;
}

/** Median milliseconds of `parsePastedTable` over a 10,000-row T2 paste, over five runs after a warm-up. */
export async function benchPaste(template: Template = cchcQuarterlySct, tableId = "T2"): Promise<{ rows: number; ms: number }> {
  const table = template.tables[tableId];
  if (!table) throw new Error(`No table ${tableId}`);
  const rows = 10_000;
  const text = bigPaste(table, rows);
  const times: number[] = [];
  for (let run = 0; run < 6; run += 1) {
    const start = performance.now();
    const { value, issues } = parsePastedTable(text, template, { table: tableId });
    const ms = performance.now() - start;
    if (!value || value.rows.length !== rows) throw new Error(`Bench paste not read: ${JSON.stringify(issues.slice(0, 3))}`);
    if (run > 0) times.push(ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
  times.sort((a, b) => a - b);
  return { rows, ms: Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10 };
}

if (process.argv[1]?.endsWith("paste.bench.ts")) {
  void benchPaste().then((r) => console.log(`paste: ${r.rows} rows of T2 in ${r.ms} ms (median)`));
}
