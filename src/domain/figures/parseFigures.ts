import type { z } from "zod";
import { issue, type Issue, type IssuePath, type Result } from "../issues/Issue";
import { inputColumns, type InputColumn } from "../template/inputColumns";
import { ownValue } from "../template/ownRecord";
import type { FieldDef, TableDef, Template } from "../template/types";
import { cleanText } from "./cleanText";
import { countTooLarge, MAX_COUNT, MAX_TEXT, textLength } from "./limits";
import { FiguresSchema, type CellValue, type FieldValue, type Figures } from "./schema";

/**
 * Validates Figures from any source (service, paste, `--data` file) against the schema and the template,
 * and returns every issue at once. Nothing is coerced silently: a string where a number is due is an issue.
 *
 * @example
 * const { value, issues } = parseFigures(JSON.parse(text), cchcQuarterlySct);
 * if (issues.length) showAll(issues);
 */
export function parseFigures(input: unknown, template: Template): Result<Figures> {
  // `__proto__` from JSON.parse is an own key that the schema's records would drop silently (assigning it sets
  // the prototype): named as an unknown key, with its place, before anything else reads the input.
  const hostile = protoKeys(input, []);
  if (hostile.length) return { value: undefined, issues: hostile };
  // The whole body must be one object: an array or a number is said so at the top, not as a field missing.
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return { value: undefined, issues: [issue("figures.invalidType", [], { expected: "object" })] };
  // reportInput: zod 4 leaves the input out of its issues by default, and a value of the wrong type
  // (`"asOfDate": 20210302`) would read as a value missing.
  const parsed = FiguresSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    // The structure is wrong; still look inside what can be read so the clerk sees every problem at once.
    // A vague "wrong type" from the schema (a union that did not match) gives way to the template's precise
    // issue at the same place or inside it: `{ num: "116" }` is "not a number" at num, not "wrong type".
    const loose = looseValueIssues(input, template);
    const shapeIssues = parsed.error.issues
      .flatMap(fromZodIssue)
      .filter((s) => s.code !== "figures.invalidType" || !loose.some((v) => isPrefix(s.path, v.path)));
    const valueIssues = loose.filter((v) => !shapeIssues.some((s) => samePath(s.path, v.path)));
    return { value: undefined, issues: [...shapeIssues, ...valueIssues] };
  }
  const figures = cleanFigures(parsed.data);
  const issues: Issue[] = [];
  if (figures.template !== template.id) {
    issues.push(issue("figures.wrongTemplate", ["template"], { expected: template.id, actual: figures.template }));
  }
  if (figures.dataWindow && figures.dataWindow.from > figures.dataWindow.to) {
    issues.push(issue("figures.badDate", ["dataWindow"], { value: `${figures.dataWindow.from} > ${figures.dataWindow.to}` }));
  }
  for (const key of ["agency", "source"] as const) {
    const text = figures[key];
    if (text !== undefined) for (const found of lengthIssues(text, MAX_TEXT.identity, [key])) issues.push(found);
  }
  // Loops, not push(...): a file of a million bad cells has more issues than a call may take arguments.
  for (const found of fieldIssues(figures.fields, template)) issues.push(found);
  for (const found of tableIssues(figures.tables, template)) issues.push(found);
  return issues.length === 0 ? { value: figures, issues } : { value: undefined, issues };
}

/** Every text of the figures as the document will hold it (cleanText): NFC, one line, no invisible characters. */
function cleanFigures(figures: Figures): Figures {
  const clean = <T>(value: T): T => (typeof value === "string" ? (cleanText(value) as T) : value);
  const fields = Object.fromEntries(Object.entries(figures.fields).map(([key, value]) => [key, clean(value)]));
  const tables = Object.fromEntries(
    Object.entries(figures.tables).map(([id, table]) => [
      id,
      { rows: table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, clean(value)]))) },
    ]),
  );
  return {
    ...figures,
    agency: cleanText(figures.agency),
    ...(figures.source === undefined ? {} : { source: cleanText(figures.source) }),
    fields,
    tables,
  };
}

const PROTO = "__proto__";

function protoKeys(value: unknown, path: IssuePath): Issue[] {
  // The figures are four levels deep (tables.T2.rows.0.c4); deeper is no place of ours, the schema refuses it.
  if (typeof value !== "object" || value === null || path.length > 5) return [];
  const out: Issue[] = [];
  if (Object.prototype.hasOwnProperty.call(value, PROTO)) out.push(issue("figures.unknownKey", [...path, PROTO], { key: PROTO }));
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  // Only objects are looked into: a path is built for each, not for each of the thousands of values.
  for (const [key, inner] of entries) {
    if (typeof inner === "object" && inner !== null) for (const found of protoKeys(inner, [...path, key])) out.push(found);
  }
  return out;
}

function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

function isPrefix(prefix: IssuePath, path: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

function looseValueIssues(input: unknown, template: Template): Issue[] {
  if (typeof input !== "object" || input === null) return [];
  const record = input as Record<string, unknown>;
  const out: Issue[] = [];
  if (typeof record.fields === "object" && record.fields !== null) {
    for (const found of fieldIssues(record.fields as Record<string, FieldValue>, template)) out.push(found);
  }
  if (typeof record.tables === "object" && record.tables !== null) {
    for (const found of tableIssues(record.tables as Record<string, { rows: Record<string, CellValue>[] }>, template))
      out.push(found);
  }
  return out;
}

function fromZodIssue(z: z.core.$ZodIssue): Issue[] {
  const path = z.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  switch (z.code) {
    case "unrecognized_keys":
      return z.keys.map((key) => issue("figures.unknownKey", [...path, key], { key }));
    case "invalid_type":
      if (z.input === undefined) return [issue("figures.required", path)];
      return [issue("figures.invalidType", path, { expected: z.expected })];
    case "invalid_format":
      if (path[0] === "period") return [issue("figures.badPeriod", path, { value: String(z.input) })];
      return [issue("figures.badDate", path, { value: String(z.input) })];
    case "too_small":
      return [issue("figures.required", path)];
    default:
      return [issue("figures.invalidType", path, { expected: "" })];
  }
}

function fieldIssues(fields: Readonly<Record<string, FieldValue | unknown>>, template: Template): Issue[] {
  const out: Issue[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const def = ownValue(template.fields, key);
    const path = ["fields", key];
    if (!def) out.push(issue("figures.unknownKey", path, { key }));
    else if (def.computed) out.push(issue("figures.computedNotInput", path, { key }));
    else out.push(...fieldValueIssues(def, value, path));
  }
  return out;
}

function fieldValueIssues(def: FieldDef, value: unknown, path: IssuePath): Issue[] {
  if (value === null || value === undefined) return [];
  switch (def.type) {
    case "integer":
    case "year":
      return countIssues(value, path);
    case "percent":
      return percentIssues(value, path);
    case "ratio": {
      if (typeof value !== "object" || value === null || !("num" in value) || !("den" in value)) {
        return [issue("figures.invalidType", path, { expected: "ratio" })];
      }
      const r = value as { num: unknown; den: unknown };
      return [...countIssues(r.num, [...path, "num"]), ...countIssues(r.den, [...path, "den"])];
    }
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? []
        : [issue("figures.badDate", path, { value: String(value) })];
    case "text":
      return typeof value === "string" ? lengthIssues(value, MAX_TEXT.field, path) : [issue("figures.notText", path)];
  }
}

function lengthIssues(text: string, limit: number, path: IssuePath): Issue[] {
  const actual = textLength(text);
  return actual > limit ? [issue("figures.tooLong", path, { actual, limit })] : [];
}

function countIssues(value: unknown, path: IssuePath): Issue[] {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return [issue("figures.notANumber", path, { value: typeof value === "string" ? value : JSON.stringify(value) ?? "" })];
  }
  if (value < 0) return [issue("figures.negative", path, { value })];
  if (!Number.isInteger(value)) return [issue("figures.notAnInteger", path, { value })];
  if (countTooLarge(value)) return [issue("figures.tooLarge", path, { value: String(value), limit: MAX_COUNT })];
  return [];
}

function percentIssues(value: unknown, path: IssuePath): Issue[] {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return [issue("figures.notANumber", path, { value: typeof value === "string" ? value : JSON.stringify(value) ?? "" })];
  }
  if (value < 0) return [issue("figures.negative", path, { value })];
  if (value > 100) return [issue("figures.percentOver100", path, { value })];
  return [];
}

function tableIssues(
  tables: Readonly<Record<string, { rows: readonly Readonly<Record<string, CellValue | unknown>>[] }>>,
  template: Template,
): Issue[] {
  const out: Issue[] = [];
  for (const [tableId, table] of Object.entries(tables)) {
    const def = ownValue(template.tables, tableId);
    if (!def) {
      out.push(issue("figures.unknownTable", ["tables", tableId], { table: tableId }));
      continue;
    }
    if (!Array.isArray(table?.rows)) continue;
    out.push(...rowCountIssues(def, table.rows.length));
    const columns = new Map(inputColumns(def).map((c) => [c.key, c]));
    table.rows.forEach((row, r) => {
      if (typeof row !== "object" || row === null) return;
      for (const [key, value] of Object.entries(row)) {
        const path = ["tables", tableId, "rows", r, key];
        const column = columns.get(key);
        if (!column) out.push(issue("figures.unknownKey", path, { key }));
        else for (const found of cellIssues(column, value, path)) out.push(found);
      }
    });
  }
  return out;
}

function rowCountIssues(def: TableDef, count: number): Issue[] {
  if (def.rows.mode === "fixed") {
    const expected = def.rows.rows.filter((r) => r.kind === "data").length;
    return count === expected ? [] : [issue("figures.rowCount", ["tables", def.id, "rows"], { expected, actual: count })];
  }
  return count >= def.rows.minRows
    ? []
    : [issue("figures.rowCount", ["tables", def.id, "rows"], { expected: def.rows.minRows, actual: count })];
}

function cellIssues(column: InputColumn, value: unknown, path: IssuePath): Issue[] {
  if (value === null || value === undefined || value === "") return [];
  switch (column.kind) {
    case "integer":
      return countIssues(value, path);
    case "percent":
      return percentIssues(value, path);
    case "enum":
      return typeof value === "string" && column.options?.includes(value)
        ? []
        : [issue("figures.notInEnum", path, { value: String(value), options: (column.options ?? []).join(", ") })];
    case "text":
      return typeof value === "string" ? lengthIssues(value, MAX_TEXT.cell, path) : [issue("figures.notText", path)];
  }
}
