import { parseFigures } from "../figures/parseFigures";
import type { CellValue, FieldValue, Figures, TableFigures } from "../figures/schema";
import { hasErrors, issue, type Issue, type IssueParams } from "../issues/Issue";
import { columnLabelAt } from "../paste/cellIssue";
import type { ColumnKey, FieldKey, TableId, Template } from "../template/types";
import { isCover, readCover, type Cover } from "./readCover";
import { findFieldsHeader, readFieldsSheet, type SheetFields } from "./readFieldsSheet";
import { locateSheetTable, readTableSheet, sortByCell, type SheetTable } from "./readTableSheet";
import type { SheetData } from "./SheetData";
import { sheetGrid } from "./sheetGrid";

/** Rows a sheet may have; beyond, it is refused rather than read. */
export const MAX_SHEET_ROWS = 100_000;

export type ReadWorkbookOptions = {
  readonly template: Template;
  /** The agency and period the workbook must be for (the service's URL); else the cover says. */
  readonly agency?: string;
  readonly period?: string;
  /** Where the figures came from, kept in Figures' `source`: "Excel: so-lieu.xlsx". */
  readonly source?: string;
};

/** What a sheet was taken for. */
export type SheetRole =
  | { readonly sheet: string; readonly role: "cover" | "fields" | "ignored" }
  | { readonly sheet: string; readonly role: "table"; readonly table: TableId };

export type WorkbookRead = {
  /** The whole workbook's figures, only when nothing is in error: nothing is applied before. */
  readonly figures: Figures | undefined;
  /** The tables and figures read without error, for a clerk who chooses to take the valid part. */
  readonly validPart: Figures | undefined;
  readonly issues: readonly Issue[];
  readonly sheets: readonly SheetRole[];
};

/**
 * Reads a figures workbook — one exported by the add-in, or one a division re-arranged (sheets renamed, rows
 * reordered, a column inserted) — into Figures: the cover gives the period and data window, the figures
 * sheet the figures in prose, and each other sheet is matched to a table by its header rows, as the paste
 * reader matches a paste. Every problem is an issue at its sheet and cell with the table's row and column
 * named, all at once; the result is validated as any Figures are, and its issues placed back on the cells.
 *
 * @example
 * const read = readWorkbook(sheets, { template });
 * read.issues   // → []
 * read.figures  // → { template: "cchc-quarterly-sct", agency: "sct-dongnai", period: "2021-Q1", fields: {…}, tables: {…} }
 */
export function readWorkbook(sheets: readonly SheetData[], options: ReadWorkbookOptions): WorkbookRead {
  const { template } = options;
  const issues: Issue[] = [];
  const roles: SheetRole[] = [];
  const tables = new Map<TableId, SheetTable>();
  let cover: (Cover & { sheet: string }) | undefined;
  let fields: (SheetFields & { sheet: string }) | undefined;
  for (const sheet of sheets) {
    if (sheet.rows.length > MAX_SHEET_ROWS) {
      issues.push(issue("workbook.tooLarge", ["workbook", sheet.name], { actual: sheet.rows.length, limit: MAX_SHEET_ROWS }));
      roles.push({ sheet: sheet.name, role: "ignored" });
      continue;
    }
    const read = sheetGrid(sheet);
    const { grid } = read;
    if (!cover && isCover(grid)) {
      cover = { ...readCover(sheet.name, grid), sheet: sheet.name };
      roles.push({ sheet: sheet.name, role: "cover" });
      continue;
    }
    const header = fields ? undefined : findFieldsHeader(grid);
    if (header) {
      fields = { ...readFieldsSheet(sheet.name, read, header, template), sheet: sheet.name };
      roles.push({ sheet: sheet.name, role: "fields" });
      continue;
    }
    const located = locateSheetTable(grid, template);
    if (!located.layout) {
      if (grid.some((row) => row.some((c) => c.trim() !== ""))) {
        issues.push(...located.issues.map((i) => ({ ...i, path: ["workbook", sheet.name] })));
        if (located.issues.length === 0) issues.push(issue("workbook.unknownSheet", ["workbook", sheet.name], {}, "warning"));
      }
      roles.push({ sheet: sheet.name, role: "ignored" });
      continue;
    }
    const table = located.layout.table;
    const earlier = tables.get(table.id);
    if (earlier) {
      issues.push(issue("workbook.duplicateTable", ["workbook", sheet.name], { table: table.id, title: table.title.vi, other: earlier.sheet }));
      roles.push({ sheet: sheet.name, role: "ignored" });
      continue;
    }
    tables.set(table.id, readTableSheet(sheet.name, read, located.layout));
    roles.push({ sheet: sheet.name, role: "table", table: table.id });
  }
  if (tables.size === 0 && !fields) issues.push(issue("workbook.noTables", ["workbook"]));
  issues.push(...(cover?.issues ?? []), ...(fields?.issues ?? []));
  for (const t of tables.values()) issues.push(...t.issues);

  const identity = whoAndWhen(cover, options, issues);
  const base: Figures = {
    template: template.id,
    agency: identity.agency ?? "",
    period: identity.period ?? "",
    ...(cover?.from && cover.to ? { dataWindow: { from: cover.from, to: cover.to } } : {}),
    ...(cover?.asOf ? { asOfDate: cover.asOf } : {}),
    ...(options.source ? { source: options.source } : {}),
    fields: {},
    tables: {},
  };
  const figures: Figures = { ...base, fields: fields?.values ?? {}, tables: tableFigures(tables) };
  const checked = identity.agency && identity.period ? parseFigures(figures, template).issues : [];
  const placed = checked.map((i) => placeFigureIssue(i, tables, fields));
  const all = [...issues, ...placed];
  const errors = all.filter((i) => (i.severity ?? "error") === "error");
  return {
    figures: hasErrors(all) ? undefined : figures,
    validPart: identity.agency && identity.period ? validPart(figures, errors) : undefined,
    issues: all,
    sheets: roles,
  };
}

function whoAndWhen(cover: (Cover & { sheet: string }) | undefined, options: ReadWorkbookOptions, issues: Issue[]) {
  const at = (row: number | undefined) => (cover && row !== undefined ? ["workbook", cover.sheet, row, 1] : ["workbook"]);
  if (options.period && cover?.period && cover.period !== options.period) {
    issues.push(issue("workbook.otherPeriod", at(cover.rows.period), { expected: options.period, actual: cover.period }));
  }
  if (options.agency && cover?.agency && cover.agency !== options.agency) {
    issues.push(issue("workbook.otherAgency", at(cover.rows.agency), { expected: options.agency, actual: cover.agency }));
  }
  if (cover?.template && cover.template !== options.template.id) {
    issues.push(issue("figures.wrongTemplate", at(cover.rows.template), { expected: options.template.id, actual: cover.template }));
  }
  const period = options.period ?? cover?.period;
  const agency = options.agency ?? cover?.agency;
  if (!period || !agency) issues.push(issue("workbook.noPeriod", ["workbook"]));
  return { period, agency };
}

const hasValue = (rows: readonly Readonly<Record<ColumnKey, CellValue>>[]) =>
  rows.some((row) => Object.values(row).some((v) => v !== null && v !== undefined && v !== ""));

/** The tables read, in the template's order; a sheet left empty gives no table. */
function tableFigures(tables: ReadonlyMap<TableId, SheetTable>): Record<TableId, TableFigures> {
  const out: Record<TableId, TableFigures> = {};
  for (const [id, t] of tables) if (hasValue(t.rows)) out[id] = { rows: t.rows.map((r) => ({ ...r })) };
  return out;
}

/** An issue of the validated Figures (`["tables", "T2", "rows", 0, "c4"]`) put back on its sheet cell. */
function placeFigureIssue(found: Issue, tables: ReadonlyMap<TableId, SheetTable>, fields: (SheetFields & { sheet: string }) | undefined): Issue {
  const [head, id, third, index, key] = found.path;
  if (head === "fields" && typeof id === "string" && fields) {
    const place = fields.places.get(id);
    if (place) return { ...found, path: ["workbook", fields.sheet, ...place], params: { key: id, ...(found.params ?? {}) } };
  }
  if (head === "tables" && typeof id === "string") {
    const t = tables.get(id);
    const line = t && third === "rows" && typeof index === "number" ? t.lines[index] : undefined;
    if (t && line !== undefined) {
      const col = typeof key === "string" ? columnOf(t, key) : undefined;
      const params: IssueParams = { table: id, ...(col !== undefined ? { column: columnLabelAt(t.layout, col) } : {}), ...(found.params ?? {}) };
      return { ...found, path: ["workbook", t.sheet, line, ...(col !== undefined ? [col] : [])], params };
    }
  }
  return found;
}

/** The sheet column holding an input key: its own column, or the composite or noted column it is part of. */
function columnOf(t: SheetTable, key: ColumnKey): number | undefined {
  const owner = t.layout.table.columns.find((c) => c.key === key || c.noteKey === key || c.parts?.some((p) => p.key === key));
  const col = t.layout.columns.indexOf(owner?.key);
  return col >= 0 ? col : undefined;
}

/** The figures without the tables and figures that have an error: what a clerk may choose to take. */
function validPart(figures: Figures, errors: readonly Issue[]): Figures {
  const badTables = new Set<string>();
  const badFields = new Set<FieldKey>();
  for (const e of errors) {
    const [head, id] = e.path;
    const table = e.params?.table;
    const key = e.params?.key;
    if (typeof table === "string") badTables.add(table);
    if (typeof key === "string") badFields.add(key);
    if (head === "tables" && typeof id === "string") badTables.add(id);
    if (head === "fields" && typeof id === "string") badFields.add(id);
  }
  const fields: Record<FieldKey, FieldValue> = {};
  for (const [k, v] of Object.entries(figures.fields)) if (!badFields.has(k)) fields[k] = v;
  const tables: Record<TableId, TableFigures> = {};
  for (const [k, v] of Object.entries(figures.tables)) if (!badTables.has(k)) tables[k] = v;
  return { ...figures, fields, tables };
}

export { sortByCell };
