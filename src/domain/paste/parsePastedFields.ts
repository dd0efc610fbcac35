import type { FieldValue } from "../figures/schema";
import { hasErrors, issue, type Issue, type Result } from "../issues/Issue";
import type { Template } from "../template/types";
import { problem } from "./CellProblem";
import { fieldsFromEntries, isFieldsHeader, type FieldEntry } from "./fieldsFromEntries";
import type { Grid } from "./Grid";
import type { PastedFields } from "./PastedTable";
import { badJson, readClipboard } from "./readClipboard";
import { readFieldValue } from "./readFieldValue";
import { readJsonField } from "./readJsonField";
import { sortIssues } from "./sortIssues";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The entries of a two-column paste: name, value; a leading STT column and a header line are skipped. */
function lineEntries(grid: Grid, template: Template, issues: Issue[]): FieldEntry[] {
  const entries: FieldEntry[] = [];
  grid.forEach((row, line) => {
    const filled = row.map((text, col) => ({ text: text.trim(), col })).filter((c) => c.text !== "");
    if (filled.length === 0 || (line === 0 && isFieldsHeader(row))) return;
    const cells = filled.length === 3 && /^\d+\.?$/.test(filled[0]?.text ?? "") ? filled.slice(1) : filled;
    const [name, value, ...extra] = cells;
    if (!name || extra.length > 0) {
      issues.push(issue("paste.columnCount", ["paste", line], { expected: 2, actual: cells.length }));
      return;
    }
    const at = value?.col ?? name.col + 1;
    entries.push({
      name: name.text,
      path: ["paste", line, at],
      read: (key) => {
        const def = template.fields[key];
        return def ? readFieldValue(value?.text ?? "", def) : problem("paste.unknownLabel", { label: name.text });
      },
    });
  });
  return entries;
}

/** The entries of a JSON paste: a Figures object's `fields`, or a `{ key or label: value }` map. */
function jsonEntries(json: unknown, template: Template): FieldEntry[] | undefined {
  if (!isRecord(json)) return undefined;
  const map = isRecord(json.fields) ? json.fields : json;
  return Object.entries(map).map(([name, value]) => ({
    name,
    path: ["paste", name],
    read: (key) => {
      const def = template.fields[key];
      return def ? readJsonField(value, def) : problem("paste.unknownLabel", { label: name });
    },
  }));
}

/**
 * Reads figures in prose from a key/value paste — two columns, the figure's key or Vietnamese label and its
 * value — or from JSON (a Figures object or a `{ key: value }` map). Labels match without regard to case or
 * diacritics; a label that fits several figures lists them. Ratios read "116/116", percentages "99,36%".
 *
 * @example
 * parsePastedFields("Tỷ lệ hồ sơ đúng hạn\t99,36%\nII.6.c.egovOnlineProcs\t116/116", template).value
 * // → { "II.2.2.1.onTimeRatePct": 99.36, "II.6.c.egovOnlineProcs": { num: 116, den: 116 } }
 */
export function parsePastedFields(text: string, template: Template): Result<PastedFields> {
  const clipboard = readClipboard(text);
  if (clipboard.kind === "empty") return { value: undefined, issues: [issue("paste.empty", ["paste"])] };
  if (clipboard.kind === "badJson") return { value: undefined, issues: [badJson(clipboard.at)] };
  const issues: Issue[] = [];
  const entries = clipboard.kind === "json" ? jsonEntries(clipboard.value, template) : lineEntries(clipboard.grid, template, issues);
  if (!entries) return { value: undefined, issues: [issue("paste.unsupportedJson", ["paste"])] };
  const { values, issues: found } = fieldsFromEntries(entries, template);
  const all = sortIssues([...issues, ...found]);
  const value: Record<string, FieldValue> = values;
  return hasErrors(all) ? { value: undefined, issues: all } : { value, issues: all };
}
