import { hasErrors, issue, type Issue, type Result } from "../issues/Issue";
import type { Template } from "../template/types";
import { locateTable } from "./locateTable";
import type { ParsePastedTableOptions, PastedTable } from "./PastedTable";
import { badJson, readClipboard } from "./readClipboard";
import { readLocatedTable } from "./readLocatedTable";
import { sortIssues } from "./sortIssues";
import { tableFromJson } from "./tableFromJson";

/**
 * Reads a table pasted from Excel, LibreOffice Calc or Google Sheets (TSV, CSV with ";" or ",", or JSON) into
 * the input values of one template table. The table is recognised by its header — one or several rows, with
 * the blanks merged cells leave — or, when `options.table` is given and there is no header, by column order.
 * Fixed rows are matched by label, variable rows taken in order; computed columns and total rows are not
 * input but are checked against what the add-in computes. Every bad or ambiguous cell is an issue at its place
 * in the paste (`["paste", line, column]`, from 0); the value is given only when no issue is an error.
 *
 * @example
 * const { value, issues } = parsePastedTable(clipboardText, cchcQuarterlySct, { table: "T2" });
 * // value → { tableId: "T2", mode: "variable", rows: [{ c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }] }
 */
export function parsePastedTable(text: string, template: Template, options: ParsePastedTableOptions = {}): Result<PastedTable> {
  const clipboard = readClipboard(text);
  if (clipboard.kind === "empty") return { value: undefined, issues: [issue("paste.empty", ["paste"])] };
  if (clipboard.kind === "badJson") return { value: undefined, issues: [badJson(clipboard.at)] };
  if (clipboard.kind === "json") return settle(tableFromJson(clipboard.value, template, options.table));
  const { grid } = clipboard;
  const located = locateTable(grid, template, options.table);
  const layout = located.layout;
  if (!layout) return { value: undefined, issues: located.issues };
  const body = readLocatedTable(grid, layout);
  const issues: Issue[] = [...body.issues];
  if (issues.length === 0 && body.rows.every((row) => Object.keys(row).length === 0)) {
    issues.push(issue("paste.noData", ["paste"], { table: layout.table.id }));
  }
  const value: PastedTable = { tableId: layout.table.id, mode: layout.table.rows.mode, rows: body.rows };
  return settle({ value, issues: sortIssues(issues) });
}

/** The value only when nothing blocks it: warnings travel with it, errors withhold it. */
function settle(found: { readonly value: PastedTable | undefined; readonly issues: readonly Issue[] }): Result<PastedTable> {
  return found.value !== undefined && !hasErrors(found.issues)
    ? { value: found.value, issues: found.issues }
    : { value: undefined, issues: found.issues };
}
