import { computeTable, type ComputedCell, type ComputedRow } from "../figures";
import { formatCell } from "../figures/formatCell";
import type { CellValue } from "../figures/schema";
import { columnRoles, type ColumnRole } from "../paste/columnRole";
import { headerGrid, headerLeaves } from "../render/headerGrid";
import type { Aggregation, ColumnKey, TableDef } from "../template/types";
import { a1, columnRange, rowHeight } from "./cellRefs";
import { inputRule, numberFormat } from "./excelFormats";
import { inlineText, type LabelContext } from "./inlineText";
import { tableSheetName } from "./sheetNames";
import type { CellRange, PlannedCell, SheetPlan } from "./WorkbookPlan";

/** The row the header starts on: a title and a note above it, a blank row between. */
const HEADER_TOP = 3;

export const TABLE_NOTE =
  "Ô nền trắng: nhập số liệu. Ô nền xám: tên dòng hoặc số phần mềm tự tính (tổng, tỷ lệ), đã khóa. Có thể đổi tên trang tính hoặc thêm cột ghi chú; không đổi dòng tiêu đề.";

type Row = Readonly<Record<ColumnKey, CellValue>>;

/** Where things are on a table's sheet, for the formulas. */
type Grid = {
  readonly col: ReadonlyMap<ColumnKey, number>;
  readonly firstData: number;
  readonly lastData: number;
};

/** A cell of the table's sheet being planned. */
type Place = { readonly table: TableDef; readonly grid: Grid; readonly row: number; readonly col: number };

/**
 * A table's sheet, laid out as the printed table: its title, the header tree with merged cells (and T9's row
 * of column numbers), then its rows — fixed rows with their labels, or a variable table's rows followed by
 * `blankRows` empty ones to fill — and the total row. Label, STT and computed cells are locked and shaded,
 * computed ones as formulas with their value cached; input cells are unlocked and validated by type.
 *
 * @example planTableSheet(T2, 1, context, 20).cells.find((c) => c.formula)?.formula
 * // → 'IF(COUNT(D6,F6)=2,D6+F6,"")'
 */
export function planTableSheet(table: TableDef, index: number, context: LabelContext, blankRows: number): SheetPlan {
  const given: readonly Row[] = context.figures.tables[table.id]?.rows ?? [];
  const leaves = headerLeaves(table.header).map((l) => l.column ?? "");
  const width = leaves.length;
  const widths = leaves.map((_, i) => Math.max(7, Math.round((table.widths?.[i] ?? 12) * 1.25)));
  const roles = columnRoles(table);
  const cells: PlannedCell[] = [];
  const merges: CellRange[] = [];
  const heights = new Map<number, number>();
  const span = (row: number, left: number, right: number) => right > left && merges.push({ top: row, left, bottom: row, right });
  const spanWidth = (from: number, count: number) => widths.slice(from, from + count).reduce((s, w) => s + w, 0);
  const fit = (row: number, text: string, colWidth: number, rows = 1) =>
    heights.set(row, Math.max(heights.get(row) ?? 15, rowHeight(text, colWidth) / rows));

  cells.push({ row: 0, col: 0, value: `Bảng ${index + 1}. ${table.title.vi}`, style: "title" });
  cells.push({ row: 1, col: 0, value: TABLE_NOTE, style: "note" });
  span(0, 0, width - 1);
  span(1, 0, width - 1);
  fit(1, TABLE_NOTE, spanWidth(0, width));

  const header = headerGrid(table.header);
  for (const placed of header.cells) {
    const row = HEADER_TOP + placed.row;
    const text = inlineText(placed.cell.label, context);
    cells.push({ row, col: placed.column, value: text, style: "header" });
    for (let r = 1; r < placed.rowSpan; r += 1) for (let c = 0; c < placed.colSpan; c += 1) cells.push({ row: row + r, col: placed.column + c, value: null, style: "header" });
    for (let c = 1; c < placed.colSpan; c += 1) cells.push({ row, col: placed.column + c, value: null, style: "header" });
    if (placed.colSpan > 1 || placed.rowSpan > 1) {
      merges.push({ top: row, left: placed.column, bottom: row + placed.rowSpan - 1, right: placed.column + placed.colSpan - 1 });
    }
    fit(row, text, spanWidth(placed.column, placed.colSpan), placed.rowSpan);
  }
  let line = HEADER_TOP + header.rows;
  if (table.numberRow) {
    leaves.forEach((_, c) => cells.push({ row: line, col: c, value: String(c + 1), style: "header" }));
    line += 1;
  }

  const computed = computeTable(table, given);
  const dataRows = computed.rows.filter((r): r is Extract<ComputedRow, { kind: "data" }> => r.kind === "data");
  const variable = table.rows.mode === "variable";
  const blanks = variable ? Math.max(blankRows, table.rows.minRows - given.length) : 0;
  const dataCount = dataRows.length + blanks;
  const grid: Grid = { col: new Map(leaves.map((k, i) => [k, i])), firstData: line, lastData: line + dataCount - 1 + groupRowCount(table) };

  for (const row of computed.rows) {
    if (row.kind === "group") {
      cells.push({ row: line, col: 0, value: row.label, style: "group" });
      for (let c = 1; c < width; c += 1) cells.push({ row: line, col: c, value: null, style: "group" });
      span(line, 0, width - 1);
      line += 1;
      continue;
    }
    if (row.kind === "data") {
      const input = given[row.index] ?? {};
      for (const [col, key] of leaves.entries()) {
        const role = roles.get(key);
        const cell = row.cells.find((c) => c.column === key);
        if (role && cell) cells.push(dataCell({ table, grid, row: line, col }, role, cell, input));
        const text = typeof cell?.value === "string" ? cell.value : "";
        if (text) fit(line, text, widths[col] ?? 12);
      }
      line += 1;
    }
  }
  for (let b = 0; b < blanks; b += 1) {
    for (const [col, key] of leaves.entries()) {
      const role = roles.get(key);
      if (role) cells.push(dataCell({ table, grid, row: line, col }, role, { column: key, value: role.kind === "ordinal" ? dataRows.length + b + 1 : null }, {}));
    }
    line += 1;
  }
  const total = computed.rows.find((r) => r.kind === "total");
  if (total && total.kind === "total" && table.total) {
    cells.push({ row: line, col: 0, value: total.label, style: "total" });
    for (let c = 1; c < total.labelSpan; c += 1) cells.push({ row: line, col: c, value: null, style: "total" });
    span(line, 0, total.labelSpan - 1);
    for (const [col, key] of leaves.entries()) {
      if (col < total.labelSpan) continue;
      const cell = total.cells.find((c) => c.column === key);
      cells.push(totalCell({ table, grid, row: line, col }, key, cell));
    }
    line += 1;
  }
  return {
    name: tableSheetName(table, index),
    role: "table",
    table: table.id,
    cells,
    merges,
    widths,
    hiddenColumns: [],
    heights,
    frozenRows: HEADER_TOP + header.rows + (table.numberRow ? 1 : 0),
  };
}

const groupRowCount = (table: TableDef) => (table.rows.mode === "fixed" ? table.rows.rows.filter((r) => r.kind === "group").length : 0);

const plain = (value: CellValue | undefined): string | number | null => (value === undefined ? null : value);

function dataCell(place: Place, role: ColumnRole, cell: ComputedCell, input: Row): PlannedCell {
  const { table, grid, row, col } = place;
  const column = role.column;
  switch (role.kind) {
    case "ordinal":
    case "label":
      return { row, col, value: cell.value, style: "label", ...(typeof cell.value === "number" ? { numFmt: "0" } : {}) };
    case "input": {
      const rule = inputRule(role.input);
      return { row, col, value: plain(input[role.input.key]), style: "input", numFmt: numberFormat(column.format), input: rule };
    }
    case "composite":
    case "noted": {
      const text = cell.value === null ? "" : formatCell(column, cell);
      const example = role.kind === "composite" ? `85 (${(column.parts ?? []).map((p) => `${p.label} …`).join(", ")})` : "53 (ghi chú)";
      return {
        row,
        col,
        value: text === "" ? null : text,
        style: "input",
        numFmt: "@",
        input: { validation: { kind: "textLength", max: 500 }, prompt: `Ghi như trong báo cáo, ví dụ: ${example}.`, error: "Nội dung quá dài." },
      };
    }
    case "computed":
      return { row, col, value: cell.value, style: "computed", numFmt: numberFormat(column.format), formula: rowFormula(table, column.key, row, grid) };
  }
}

/** A computed cell of a data row as an Excel formula; blank while an operand is blank, as the report prints it. */
function rowFormula(table: TableDef, key: ColumnKey, row: number, grid: Grid): string {
  const column = table.columns.find((c) => c.key === key);
  const formula = column?.formula;
  const ref = (k: ColumnKey) => a1(row, grid.col.get(k) ?? 0);
  if (!formula) return '""';
  if (formula.op === "sum") {
    const refs = formula.of.map(ref);
    return `IF(COUNT(${refs.join(",")})=${refs.length},${refs.join("+")},"")`;
  }
  const decimals = column.format.kind === "percent" ? column.format.decimals : 0;
  const [num, den] = [ref(formula.num), ref(formula.den)];
  return `IF(OR(COUNT(${num},${den})<2,${den}=0),"",ROUND(${num}/${den}*100,${decimals}))`;
}

function totalCell(place: Place, key: ColumnKey, cell: ComputedCell | undefined): PlannedCell {
  const { table, grid, row, col } = place;
  const column = table.columns.find((c) => c.key === key);
  const aggregation: Aggregation = table.total?.aggregations[key] ?? "none";
  const format = table.total?.formats?.[key] ?? column?.format;
  const range = columnRange(col, grid.firstData, grid.lastData);
  const value = cell?.value ?? null;
  const base = { row, col, value: typeof value === "number" || aggregation !== "none" ? value : null, style: "total" as const, ...(format ? { numFmt: numberFormat(format) } : {}) };
  const nameRange = columnRange(grid.col.get(firstTextColumn(table)) ?? col, grid.firstData, grid.lastData);
  switch (aggregation) {
    case "sum":
      return { ...base, formula: `SUM(${range})` };
    case "countNonEmpty":
      return { ...base, formula: `COUNTA(${range})` };
    case "countDistinct":
      return { ...base, formula: `SUMPRODUCT((${range}<>"")/COUNTIF(${range},${range}&""))` };
    case "rowCount":
      return { ...base, formula: `COUNTA(${nameRange})` };
    case "recompute":
      return { ...base, formula: column ? rowFormula(table, key, row, grid) : '""' };
    case "none":
      return { ...base, value: null };
  }
}

/** The column that names a row of a variable table (T1's procedure): a row counts when it is named. */
const firstTextColumn = (table: TableDef): ColumnKey => table.columns.find((c) => c.class === "TXT")?.key ?? table.columns[0]?.key ?? "c1";
