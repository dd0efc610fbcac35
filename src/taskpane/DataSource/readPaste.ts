import { parseFigures } from "../../domain/figures/parseFigures";
import type { FieldValue, Figures } from "../../domain/figures/schema";
import { hasErrors, issue, type Issue } from "../../domain/issues";
import {
  parsePastedFields,
  parsePastedTable,
  pasteToFigures,
  readClipboard,
  type PastedFields,
  type PastedTable,
} from "../../domain/paste";
import type { Grid } from "../../domain/paste/Grid";
import { locateTable } from "../../domain/paste/locateTable";
import { PASTE_LIMIT_BYTES, pasteTooLarge } from "../../domain/paste/pasteLimit";
import type { Template } from "../../domain/template/types";
import type { Lang } from "../context/LanguageContext";
import { wordIssue } from "../shared/wordIssue";
import type { FieldsPreview, PasteReading, TablePreview } from "./DataSource.types";
import { cellsWithProblems, gridOnly, usedWidth } from "./previewGrid";

export type ReadPasteInput = {
  readonly text: string;
  readonly template: Template;
  /** The figures the pasted values go over: the document's, or an empty set for its agency and period. */
  readonly base: Figures;
  /** The table the clerk chose, when the header does not say. */
  readonly table?: string;
  readonly lang: Lang;
};

const NOTHING: PasteReading = {
  preview: undefined,
  problems: [],
  needsTable: false,
  figures: undefined,
  count: 0,
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads what the clerk pasted — one table, a key/value list, or JSON — into the figures to review, with a
 * preview to show and every problem worded with its place. Never throws: a parser failure is a problem too.
 */
export function readPaste(input: ReadPasteInput): PasteReading {
  // The command line's bound (1 MB): a 50 MB paste is refused at once, never read into a million rows.
  if (pasteTooLarge(input.text))
    return { ...NOTHING, problems: word([issue("paste.tooMuch", ["paste"], { limit: PASTE_LIMIT_BYTES / 1024 })], input) };
  try {
    const clipboard = readClipboard(input.text);
    if (clipboard.kind === "empty") return NOTHING;
    if (clipboard.kind === "json") return readJson(clipboard.value, input);
    if (input.table !== undefined) return readTable(clipboard.grid, input);
    const located = locateTable(clipboard.grid, input.template);
    if (located.layout) return readTable(clipboard.grid, input);
    if (usedWidth(clipboard.grid) <= 3) return readFields(input);
    return {
      ...NOTHING,
      needsTable: true,
      problems: word(located.issues, input),
      preview: gridOnly(clipboard.grid),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ...NOTHING,
      problems: [{ issue: { code: "figures.invalidJson", path: ["paste"] }, text: detail }],
    };
  }
}

function readTable(grid: Grid, input: ReadPasteInput): PasteReading {
  const { template, table, text } = input;
  const located = locateTable(grid, template, table);
  const parsed = parsePastedTable(text, template, table === undefined ? {} : { table });
  const layout = located.layout;
  const problems = word(parsed.issues, input);
  const preview: TablePreview = {
    kind: "table",
    tableId: layout?.table.id ?? table,
    tableTitle: layout ? layout.table.title[input.lang] : undefined,
    headerRows: layout?.bodyStart ?? 0,
    rows: cellsWithProblems(grid, parsed.issues, (i) => wordIssue(i, template, input.lang)),
    mapping: layout
      ? layout.columns.map((key) => {
          const column = layout.table.columns.find((c) => c.key === key);
          return column ? `${column.label[input.lang]} (${column.key})` : undefined;
        })
      : [],
  };
  const needsTable =
    !layout &&
    parsed.issues.some((i) => i.code === "paste.ambiguousTable" || i.code === "paste.unknownTable");
  return settle({
    pasted: parsed.value ? [parsed.value] : undefined,
    issues: parsed.issues,
    problems,
    preview,
    needsTable,
    input,
  });
}

function readFields(input: ReadPasteInput): PasteReading {
  const parsed = parsePastedFields(input.text, input.template);
  const entries: FieldsPreview["entries"] = Object.entries(parsed.value ?? {}).map(([key, value]) => ({
    key,
    label: input.template.fields[key]?.label[input.lang] ?? key,
    value: showValue(value),
  }));
  return settle({
    pasted: parsed.value ? [parsed.value] : undefined,
    issues: parsed.issues,
    problems: word(parsed.issues, input),
    preview: { kind: "fields", entries },
    needsTable: false,
    input,
  });
}

/** JSON: a Figures object (fields and tables), `{ table, rows }`, an array of rows, or a `{ key: value }` map. */
function readJson(json: unknown, input: ReadPasteInput): PasteReading {
  const { template, text, table } = input;
  const tableIds = isRecord(json) && isRecord(json.tables) ? Object.keys(json.tables) : [];
  const isTable =
    Array.isArray(json) || (isRecord(json) && ("rows" in json || "table" in json || "tableId" in json));
  const hasFields = isRecord(json) && (isRecord(json.fields) || (!isTable && tableIds.length === 0));
  const pasted: (PastedTable | PastedFields)[] = [];
  const issues: Issue[] = [];
  const tables = isTable ? [table] : tableIds;
  for (const id of tables) {
    const parsed = parsePastedTable(text, template, id === undefined ? {} : { table: id });
    issues.push(...parsed.issues);
    if (parsed.value) pasted.push(parsed.value);
  }
  if (hasFields) {
    const parsed = parsePastedFields(text, template);
    issues.push(...parsed.issues);
    if (parsed.value) pasted.push(parsed.value);
  }
  const needsTable = Array.isArray(json) && table === undefined;
  return settle({
    pasted,
    issues,
    problems: word(issues, input),
    preview: { kind: "json" },
    needsTable,
    input,
  });
}

function settle(found: {
  readonly pasted: readonly (PastedTable | PastedFields)[] | undefined;
  readonly issues: readonly Issue[];
  readonly problems: PasteReading["problems"];
  readonly preview: PasteReading["preview"];
  readonly needsTable: boolean;
  readonly input: ReadPasteInput;
}): PasteReading {
  const { pasted, issues, problems, preview, needsTable, input } = found;
  if (!pasted || pasted.length === 0 || hasErrors(issues))
    return { preview, problems, needsTable, figures: undefined, count: 0 };
  const merged = pasted.reduce<Figures>((figures, p) => pasteToFigures(figures, p), input.base);
  // The merged figures are checked as a whole, as any other source's would be.
  const checked = parseFigures(merged, input.template);
  const all = [...problems, ...word(checked.issues, input)];
  if (!checked.value) return { preview, problems: all, needsTable, figures: undefined, count: 0 };
  return {
    preview,
    problems: all,
    needsTable,
    figures: { ...checked.value, source: "paste" },
    count: countValues(pasted),
  };
}

function word(issues: readonly Issue[], input: ReadPasteInput): PasteReading["problems"] {
  return issues.map((issue) => ({ issue, text: wordIssue(issue, input.template, input.lang) }));
}

function showValue(value: FieldValue): string {
  if (value === null) return "";
  if (typeof value === "object") return `${value.num}/${value.den}`;
  return String(value);
}

function countValues(pasted: readonly (PastedTable | PastedFields)[]): number {
  return pasted.reduce((n, p) => {
    if ("tableId" in p && Array.isArray(p.rows)) {
      return (
        n +
        (p as PastedTable).rows.reduce(
          (m, row) => m + Object.values(row).filter((v) => v !== null && v !== "").length,
          0,
        )
      );
    }
    return n + Object.keys(p).length;
  }, 0);
}
