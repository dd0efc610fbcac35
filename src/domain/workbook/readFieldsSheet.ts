import type { FieldValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import { fieldsFromEntries, type FieldEntry } from "../paste/fieldsFromEntries";
import type { Grid } from "../paste/Grid";
import { normalizeLabel } from "../paste/normalizeLabel";
import { readFieldValue } from "../paste/readFieldValue";
import { problem } from "../paste/CellProblem";
import type { FieldKey, Template } from "../template/types";
import { FIELD_HEADERS } from "./planFieldsSheet";
import { cellKey, type SheetGrid } from "./sheetGrid";
import { atSheetCell, onSheet } from "./sheetIssue";
import { sortByCell } from "./readTableSheet";

const HEADER_SEARCH = 20;
const want = { label: normalizeLabel(FIELD_HEADERS.label), value: normalizeLabel(FIELD_HEADERS.value), key: normalizeLabel(FIELD_HEADERS.key) };

/** Where the figures sheet's header is and which columns hold the label, the value and the (hidden) key. */
export type FieldsHeader = { readonly row: number; readonly label: number; readonly value: number; readonly key?: number };

/** Finds the header of a figures sheet — "Chỉ tiêu" and "Giá trị", in any columns — in its first rows. */
export function findFieldsHeader(grid: Grid): FieldsHeader | undefined {
  for (let row = 0; row < Math.min(HEADER_SEARCH, grid.length); row += 1) {
    const cells = (grid[row] ?? []).map(normalizeLabel);
    const label = cells.indexOf(want.label);
    const value = cells.indexOf(want.value);
    if (label < 0 || value < 0) continue;
    const key = cells.indexOf(want.key);
    return key >= 0 ? { row, label, value, key } : { row, label, value };
  }
  return undefined;
}

/** The figures read from the sheet, where each was, and every issue. */
export type SheetFields = {
  readonly values: Readonly<Record<FieldKey, FieldValue>>;
  readonly places: ReadonlyMap<FieldKey, readonly [number, number]>;
  readonly issues: readonly Issue[];
};

/**
 * Reads the figures sheet with the paste reader's rules: each row names a figure by its key (the hidden
 * column) or its label, and its value is read by the figure's type — vi-VN numbers, "116/116", dates. Rows
 * without a value give nothing; every problem is at its cell.
 */
export function readFieldsSheet(sheet: string, { grid, problems }: SheetGrid, header: FieldsHeader, template: Template): SheetFields {
  const entries: FieldEntry[] = [];
  const places = new Map<FieldKey, readonly [number, number]>();
  const cellProblems: Issue[] = [];
  for (let line = header.row + 1; line < grid.length; line += 1) {
    const cells = grid[line] ?? [];
    const label = (cells[header.label] ?? "").trim();
    const value = cells[header.value] ?? "";
    const keyText = header.key === undefined ? "" : (cells[header.key] ?? "").trim();
    const name = keyText !== "" && template.fields[keyText] ? keyText : label;
    const unreadable = problems.get(cellKey(line, header.value));
    if (unreadable) {
      cellProblems.push(atSheetCell(sheet, [line, header.value], unreadable, template.fields[name] ? { key: name } : {}));
      continue;
    }
    if (value.trim() === "" || name === "") continue;
    entries.push({
      name,
      path: ["paste", line, header.value],
      read: (key) => {
        places.set(key, [line, header.value]);
        const def = template.fields[key];
        return def ? readFieldValue(value, def) : problem("paste.unknownLabel", { label: name });
      },
    });
  }
  const found = fieldsFromEntries(entries, template);
  const issues = found.issues.map((i) => {
    const moved = onSheet(i, sheet);
    // A name that matched nothing is reported at the label, where the clerk reads it.
    return moved.path[3] === 0 ? { ...moved, path: [...moved.path.slice(0, 3), header.label] } : moved;
  });
  const values = Object.fromEntries(Object.entries(found.values).filter(([, v]) => v !== null));
  return { values, places, issues: sortByCell([...issues, ...cellProblems]) };
}
