import type { Issue } from "../issues/Issue";
import { issue } from "../issues/Issue";
import type { FieldValue } from "../figures/schema";
import type { FieldKey, Template } from "../template/types";
import type { CellRead } from "./CellProblem";
import { fieldIndex, matchField } from "./matchField";
import { normalizeLabel } from "./normalizeLabel";

/** One pasted entry: the name as pasted, where it was, and how to read its value once the figure is known. */
export type FieldEntry = {
  readonly name: string;
  readonly path: readonly (string | number)[];
  readonly read: (key: FieldKey) => CellRead<FieldValue>;
};

const HEADER_WORDS = new Set(["chi tieu", "ten chi tieu", "noi dung", "khoa", "ma", "key", "field", "gia tri", "so lieu", "value"]);

/** Whether a first line is a header rather than a figure. @example isFieldsHeader(["Chỉ tiêu", "Giá trị"]) // → true */
export const isFieldsHeader = (cells: readonly string[]): boolean =>
  cells.filter((c) => c.trim() !== "").every((c) => HEADER_WORDS.has(normalizeLabel(c)));

const label = (template: Template, key: FieldKey) => `${key} (${template.fields[key]?.label.vi ?? ""})`;

/**
 * Turns pasted entries into figures: each name is matched to a figure (key or label), computed figures and
 * names given twice are refused, and each value is read by its figure's type. Every problem is an issue.
 *
 * @example fieldsFromEntries([{ name: "II.6.c.egovOnlineProcs", path: ["paste", 0], read }], template).values
 * // → { "II.6.c.egovOnlineProcs": { num: 116, den: 116 } }
 */
export function fieldsFromEntries(entries: readonly FieldEntry[], template: Template) {
  const index = fieldIndex(template);
  const values: Record<FieldKey, FieldValue> = {};
  const issues: Issue[] = [];
  for (const entry of entries) {
    const found = matchField(entry.name, index);
    const name = entry.name.trim();
    const namePath = entry.path.length > 1 ? [...entry.path.slice(0, 2), 0] : entry.path;
    if (found.kind === "ambiguous") {
      const candidates = found.candidates.map((k) => label(template, k)).join("; ");
      issues.push(issue("paste.ambiguousLabel", namePath, { label: name, candidates }));
      continue;
    }
    if (found.kind === "unknown") {
      const near = found.near.map((k) => label(template, k)).join("; ");
      issues.push(issue("paste.unknownLabel", namePath, near ? { label: name, candidates: near } : { label: name }));
      continue;
    }
    const key = found.key;
    if (template.fields[key]?.computed) {
      issues.push(issue("paste.computedField", namePath, { key }));
      continue;
    }
    if (key in values) {
      issues.push(issue("paste.duplicateKey", namePath, { key }));
      continue;
    }
    const read = entry.read(key);
    if ("problem" in read) issues.push(issue(read.problem.code, entry.path, { key, ...read.problem.params }, read.problem.severity));
    else values[key] = read.value;
  }
  return { values, issues };
}
