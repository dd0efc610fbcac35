import { parseFigures } from "../../domain/figures/parseFigures";
import type { FieldValue, Figures } from "../../domain/figures/schema";
import { hasErrors, issue, type Issue } from "../../domain/issues";
import {
  pasteToFigures,
  readPaste as readPasted,
  type PastedFields,
  type PastedTable,
  type PasteRead,
} from "../../domain/paste";
import { PASTE_LIMIT_BYTES, pasteTooLarge } from "../../domain/paste/pasteLimit";
import type { Template } from "../../domain/template/types";
import type { Lang } from "../context/LanguageContext";
import { wordIssue } from "../shared/wordIssue";
import type { FieldsPreview, PasteReading, TablePreview } from "./DataSource.types";
import { cellsWithProblems, gridOnly } from "./previewGrid";

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

/**
 * Reads what the clerk pasted — one table, a key/value list, or JSON, told apart by domain/paste's readPaste as
 * `baocao paste` tells them — into the figures to review, with a preview to show and every problem worded with
 * its place. A problem of the paste is a problem shown; a bug in reading it is no paste problem and reaches the
 * pane's error boundary.
 */
export function readPaste(input: ReadPasteInput): PasteReading {
  // The command line's bound (1 MB): a 50 MB paste is refused at once, never read into a million rows.
  if (pasteTooLarge(input.text))
    return { ...NOTHING, problems: word([issue("paste.tooMuch", ["paste"], { limit: PASTE_LIMIT_BYTES / 1024 })], input) };
  const read = readPasted(input.text, input.template, input.table === undefined ? {} : { table: input.table });
  const problems = word(read.issues, input);
  const pasted = [...read.tables, ...(read.fields ? [read.fields] : [])];
  const found = { pasted, issues: read.issues, problems, needsTable: read.needsTable, input };
  switch (read.kind) {
    case "empty":
      return NOTHING;
    case "badJson":
      return { ...NOTHING, problems };
    case "unknown":
      return { ...NOTHING, needsTable: true, problems, preview: read.grid ? gridOnly(read.grid) : undefined };
    case "json":
      return settle({ ...found, preview: { kind: "json" } });
    case "fields":
      return settle({ ...found, preview: fieldsPreview(read.fields, input) });
    case "table":
      return settle({ ...found, preview: tablePreview(read, input) });
  }
}

function tablePreview(read: PasteRead, input: ReadPasteInput): TablePreview {
  const layout = read.layout;
  return {
    kind: "table",
    tableId: layout?.table.id ?? input.table,
    tableTitle: layout ? layout.table.title[input.lang] : undefined,
    headerRows: layout?.bodyStart ?? 0,
    rows: cellsWithProblems(read.grid ?? [], read.issues, (i) => wordIssue(i, input.template, input.lang)),
    mapping: layout
      ? layout.columns.map((key) => {
          const column = layout.table.columns.find((c) => c.key === key);
          return column ? `${column.label[input.lang]} (${column.key})` : undefined;
        })
      : [],
  };
}

function fieldsPreview(fields: PastedFields | undefined, input: ReadPasteInput): FieldsPreview {
  return {
    kind: "fields",
    entries: Object.entries(fields ?? {}).map(([key, value]) => ({
      key,
      label: input.template.fields[key]?.label[input.lang] ?? key,
      value: showValue(value),
    })),
  };
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
