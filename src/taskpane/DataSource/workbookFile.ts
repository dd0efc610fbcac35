import { parseFigures } from "../../domain/figures/parseFigures";
import type { Figures } from "../../domain/figures/schema";
import { hasErrors, type Issue } from "../../domain/issues";
import type { Period } from "../../domain/period";
import { findAgency } from "../../domain/template/agencies";
import type { Template } from "../../domain/template/types";
import { exportWorkbook, importWorkbook } from "../../workbook";
import type { Lang } from "../context/LanguageContext";
import { wordIssue } from "../shared/wordIssue";

/** A workbook read for the pane: every problem worded with its sheet and cell, and what may be used of it. */
export type WorkbookReading = {
  readonly name: string;
  /** Every issue, in the workbook's order, each worded with its sheet, cell and table/row/column. */
  readonly problems: readonly { readonly issue: Issue; readonly text: string }[];
  readonly errorCount: number;
  /** Sheets read as the figures or a table. */
  readonly sheetsRead: number;
  /** The document's figures with the whole workbook's over them; only when nothing is in error. */
  readonly figures: Figures | undefined;
  readonly count: number;
  /** The document's figures with the workbook's tables and figures that have no error, when it has errors. */
  readonly validPart: Figures | undefined;
  readonly validCount: number;
};

/** How many values a set of figures holds: figures in prose and table cells that are not blank. */
function countValues(figures: Figures): number {
  const filled = (v: unknown) => v !== null && v !== undefined && v !== "";
  const fields = Object.values(figures.fields).filter(filled).length;
  const cells = Object.values(figures.tables).reduce(
    (n, t) => n + t.rows.reduce((m, row) => m + Object.values(row).filter(filled).length, 0),
    0,
  );
  return fields + cells;
}

/**
 * The workbook's figures over the document's: each table the workbook holds replaces the document's table,
 * each figure it holds replaces the document's figure, the rest stays; its data window and date come along.
 */
function overlay(base: Figures, read: Figures, name: string): Figures {
  return {
    ...base,
    ...(read.dataWindow ? { dataWindow: read.dataWindow } : {}),
    ...(read.asOfDate ? { asOfDate: read.asOfDate } : {}),
    source: `file:${name}`,
    fields: { ...base.fields, ...read.fields },
    tables: { ...base.tables, ...read.tables },
  };
}

/**
 * Reads a workbook's bytes for the report's agency and period (those of `base`): all its problems at once,
 * and the figures to review — the whole workbook's when it has no error, else only its valid part, which the
 * clerk may choose to take. The merged figures are checked as any source's are.
 */
export async function readWorkbookFile(input: {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly template: Template;
  readonly base: Figures;
  readonly lang: Lang;
}): Promise<WorkbookReading> {
  const { bytes, name, template, base, lang } = input;
  const read = await importWorkbook(bytes, {
    template,
    agency: base.agency,
    period: base.period,
    fileName: name,
  });
  const word = (issues: readonly Issue[]) => issues.map((issue) => ({ issue, text: wordIssue(issue, template, lang) }));
  const checked = (figures: Figures | undefined) => {
    if (!figures) return { value: undefined, issues: [] as readonly Issue[], count: 0 };
    const result = parseFigures(overlay(base, figures, name), template);
    return { value: hasErrors(result.issues) ? undefined : result.value, issues: result.issues, count: countValues(figures) };
  };
  const whole = checked(read.figures);
  const part = read.figures ? undefined : checked(read.validPart);
  const problems = word([...read.issues, ...whole.issues]);
  const usablePart = part?.value && part.count > 0 ? part : undefined;
  return {
    name,
    problems,
    errorCount: [...read.issues, ...whole.issues].filter((i) => (i.severity ?? "error") === "error").length,
    sheetsRead: read.sheets.filter((s) => s.role === "table" || s.role === "fields").length,
    figures: whole.value,
    count: whole.value ? whole.count : 0,
    validPart: usablePart?.value,
    validCount: usablePart?.count ?? 0,
  };
}

/** "so-lieu-2021-Q1.xlsx", as the command line names it. */
export const workbookFileName = (period: string): string => `so-lieu-${period}.xlsx`;

/**
 * The figures workbook of the report's agency and period, filled with the document's figures (for
 * reference), as .xlsx bytes.
 */
export async function makeFiguresWorkbook(template: Template, period: Period, figures: Figures): Promise<Uint8Array> {
  const agency = findAgency(figures.agency);
  if (!agency) throw new Error(`Unknown agency: ${figures.agency}`);
  return exportWorkbook({ template, agency, period, figures });
}
