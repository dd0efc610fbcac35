import type { CellValue } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import { inputColumns } from "../template/inputColumns";
import type { ColumnKey, TableDef, TableId, Template } from "../template/types";
import type { PastedTable } from "./PastedTable";
import { readJsonValue } from "./readJsonValue";

type Found = { readonly value: PastedTable | undefined; readonly issues: readonly Issue[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Where the rows are in a JSON paste, and which table they are for. */
function locate(json: unknown, wanted: TableId | undefined): { tableId?: string; rows?: unknown; issue?: Issue } {
  if (Array.isArray(json)) return { tableId: wanted, rows: json };
  if (!isRecord(json)) return { issue: issue("paste.unsupportedJson", ["paste"]) };
  if (isRecord(json.tables)) {
    const ids = Object.keys(json.tables);
    const id = wanted ?? (ids.length === 1 ? ids[0] : undefined);
    if (id === undefined) return { issue: issue("paste.ambiguousTable", ["paste"], { candidates: ids.join(", ") }) };
    const table = json.tables[id];
    return { tableId: id, rows: isRecord(table) ? table.rows : undefined };
  }
  const named = typeof json.table === "string" ? json.table : typeof json.tableId === "string" ? json.tableId : undefined;
  if (named !== undefined && wanted !== undefined && named !== wanted) {
    return { issue: issue("paste.tableMismatch", ["paste"], { table: wanted, found: named }) };
  }
  return { tableId: named ?? wanted, rows: json.rows };
}

/**
 * Reads a table from a JSON paste: a Figures object (its only table, or the one named), `{ table, rows }` as
 * `baocao paste --json` prints it, or an array of rows when the table is named. Rows hold input keys; strings
 * are read like pasted cells, numbers are checked; a fixed table's rows come in the template's order.
 *
 * @example tableFromJson({ table: "T2", rows: [{ c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }] }, template, undefined).value?.rows.length // → 1
 */
export function tableFromJson(json: unknown, template: Template, wanted: TableId | undefined): Found {
  const where = locate(json, wanted);
  if (where.issue) return { value: undefined, issues: [where.issue] };
  const table = where.tableId === undefined ? undefined : template.tables[where.tableId];
  if (!table) return { value: undefined, issues: [issue("paste.unknownTable", ["paste"], where.tableId ? { table: where.tableId } : undefined)] };
  if (!Array.isArray(where.rows)) return { value: undefined, issues: [issue("paste.unsupportedJson", ["paste"])] };
  const issues: Issue[] = [];
  const rows = where.rows.map((row, r) => readRow(row, r, table, issues));
  if (table.rows.mode === "fixed") {
    const expected = table.rows.rows.filter((r) => r.kind === "data").length;
    if (rows.length !== expected) issues.push(issue("paste.rowCount", ["paste"], { table: table.id, expected, actual: rows.length }));
  }
  return { value: { tableId: table.id, mode: table.rows.mode, rows }, issues };
}

function readRow(row: unknown, r: number, table: TableDef, issues: Issue[]): Record<ColumnKey, CellValue> {
  const out: Record<ColumnKey, CellValue> = {};
  if (!isRecord(row)) {
    issues.push(issue("paste.unsupportedJson", ["paste", r]));
    return out;
  }
  const inputs = new Map(inputColumns(table).map((c) => [c.key, c]));
  for (const [key, value] of Object.entries(row)) {
    const input = inputs.get(key);
    if (!input) {
      issues.push(issue("figures.unknownKey", ["paste", r, key], { key }));
      continue;
    }
    const read = readJsonValue(value, input);
    if ("problem" in read) {
      const params = { table: table.id, column: input.label, ...read.problem.params };
      issues.push(issue(read.problem.code, ["paste", r, key], params, read.problem.severity));
    } else out[key] = read.value;
  }
  return out;
}
