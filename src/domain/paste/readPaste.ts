import { issue, type Issue } from "../issues/Issue";
import type { Template } from "../template/types";
import type { Grid } from "./Grid";
import { locateTable, usedWidth } from "./locateTable";
import { parsePastedFields } from "./parsePastedFields";
import { parsePastedTable } from "./parsePastedTable";
import type { PastedFields, PastedTable } from "./PastedTable";
import { badJson, readClipboard } from "./readClipboard";
import type { TableLayout } from "./TableLayout";

/** How the paste is to be read: as the table the clerk chose, or (`baocao paste --fields`) as figures in prose. */
export type PasteAs = { readonly table?: string; readonly fields?: boolean };

/** What a paste reads as, for `baocao paste` and the pane alike. */
export type PasteRead = {
  /**
   * `table` (recognised by its header, or the one chosen), `fields` (a list of names and values, after
   * an optional STT), `json`, `badJson`, `empty`, or `unknown`: a wide grid whose header names no table.
   */
  readonly kind: "empty" | "badJson" | "json" | "table" | "fields" | "unknown";
  /** The tables read, each only when no error withholds it. */
  readonly tables: readonly PastedTable[];
  /** The figures in prose read, only when no error withholds them. */
  readonly fields: PastedFields | undefined;
  readonly issues: readonly Issue[];
  /** The paste is a table whose header names no table, or several: the clerk chooses one. */
  readonly needsTable: boolean;
  /** The cells pasted, when they were a grid. */
  readonly grid?: Grid;
  /** Where the table's header and columns are in the grid, when it was recognised. */
  readonly layout?: TableLayout;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A row of figures in prose: a name and a value, after an optional STT. */
const fieldsRow = (row: readonly string[]): boolean => {
  const filled = row.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length <= 2 || (filled.length === 3 && /^\d+\.?$/.test(filled[0] ?? ""));
};

/** A grid of at most three columns whose rows (after a header line) are each a name and a value. */
const looksLikeFields = (grid: Grid): boolean => usedWidth(grid) <= 3 && grid.slice(1).every(fieldsRow);

/**
 * Reads what was pasted — one table, a key/value list, or JSON — as `baocao paste` and the pane both do:
 * a grid whose header names a table is that table; a grid of names and values (after an optional STT) is figures in prose; JSON
 * may hold fields, tables or both; a wider grid that names no table waits for the clerk to choose one.
 *
 * @example readPaste("Tỷ lệ hồ sơ đúng hạn\t99,36%", template).kind // → "fields"
 */
export function readPaste(text: string, template: Template, as: PasteAs = {}): PasteRead {
  const none = { tables: [], fields: undefined, needsTable: false } as const;
  if (as.fields) {
    const parsed = parsePastedFields(text, template);
    return { ...none, kind: "fields", fields: parsed.value, issues: parsed.issues };
  }
  const clipboard = readClipboard(text);
  if (clipboard.kind === "empty") return { ...none, kind: "empty", issues: [issue("paste.empty", ["paste"])] };
  if (clipboard.kind === "badJson") return { ...none, kind: "badJson", issues: [badJson(clipboard.at)] };
  if (clipboard.kind === "json") return readJson(clipboard.value, text, template, as.table);
  const { grid } = clipboard;
  const located = locateTable(grid, template, as.table);
  const layout = located.layout;
  if (as.table !== undefined || layout) {
    const parsed = parsePastedTable(text, template, as.table === undefined ? {} : { table: as.table });
    const needsTable =
      !layout && parsed.issues.some((i) => i.code === "paste.ambiguousTable" || i.code === "paste.unknownTable");
    return {
      ...none,
      kind: "table",
      tables: parsed.value ? [parsed.value] : [],
      issues: parsed.issues,
      needsTable,
      grid,
      ...(layout ? { layout } : {}),
    };
  }
  if (looksLikeFields(grid)) {
    const parsed = parsePastedFields(text, template);
    return { ...none, kind: "fields", fields: parsed.value, issues: parsed.issues, grid };
  }
  return { ...none, kind: "unknown", issues: located.issues, needsTable: true, grid };
}

/** JSON: a Figures object (fields and tables), `{ table, rows }`, an array of rows, or a `{ key: value }` map. */
function readJson(json: unknown, text: string, template: Template, table: string | undefined): PasteRead {
  const tableIds = isRecord(json) && isRecord(json.tables) ? Object.keys(json.tables) : [];
  const isTable = Array.isArray(json) || (isRecord(json) && ("rows" in json || "table" in json || "tableId" in json));
  const hasFields = isRecord(json) && (isRecord(json.fields) || (!isTable && tableIds.length === 0));
  const tables: PastedTable[] = [];
  const issues: Issue[] = [];
  for (const id of isTable ? [table] : tableIds) {
    const parsed = parsePastedTable(text, template, id === undefined ? {} : { table: id });
    issues.push(...parsed.issues);
    if (parsed.value) tables.push(parsed.value);
  }
  let fields: PastedFields | undefined;
  if (hasFields) {
    const parsed = parsePastedFields(text, template);
    issues.push(...parsed.issues);
    fields = parsed.value;
  }
  return { kind: "json", tables, fields, issues, needsTable: Array.isArray(json) && table === undefined };
}
