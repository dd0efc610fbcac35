import type { CellValue, FieldValue, Figures } from "../figures/schema";
import { issue, type Result } from "../issues/Issue";
import { parseIsoDate, toIsoDate } from "../format";
import { formatPeriodCode, parsePeriod, rollAsOfDate, rollDataWindow, type Period } from "../period";
import { cellName } from "../tags/tags";
import { inputColumns } from "../template/inputColumns";
import type { ColumnDef, TableDef, Template } from "../template/types";

export type RolledFigures = {
  readonly figures: Figures;
  /** Field keys and table cells ("T2.r1.c4") left empty for the next refresh. */
  readonly cleared: readonly string[];
};

/**
 * Moves a report's figures to the next period (template-spec §5.2): figures of the period are cleared for
 * refreshing; T6/T7 keep their earlier period columns and clear the new one, and at the year change "Năm"
 * moves into "Năm trước" and the period columns clear; T3's current year becomes last year; T10's previous
 * column takes the last values; static, target and historical figures are kept; the data window and the
 * as-of date move with the period.
 *
 * Figures whose period cannot be read give no value and a `figures.badPeriod` issue naming it.
 *
 * @example rollFigures(template, q1Figures, { year: 2021, kind: "H1" }).value?.figures.period // → "2021-H1"
 */
export function rollFigures(template: Template, figures: Figures, next: Period): Result<RolledFigures> {
  const from = parsePeriod(figures.period);
  if (!("value" in from)) return { value: undefined, issues: [issue("figures.badPeriod", ["period"], { value: figures.period })] };
  const yearChange = next.year !== from.value.year;
  const cleared: string[] = [];

  const fields: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(figures.fields)) {
    const scope = template.fields[key]?.scope;
    if (scope === "period" || scope === "progressive") cleared.push(key);
    else fields[key] = value;
  }
  const tables: Record<string, { rows: Record<string, CellValue>[] }> = {};
  for (const [id, table] of Object.entries(figures.tables)) {
    const def = template.tables[id];
    tables[id] = {
      rows: def
        ? table.rows.map((row, r) => rollRow({ def, row, r, next, yearChange, cleared }))
        : [...table.rows],
    };
  }
  const window = figures.dataWindow;
  const asOf = figures.asOfDate ? parseIsoDate(figures.asOfDate) : undefined;
  const rolledWindow = window ? rollWindow(window, from.value, next) : undefined;
  const rolled: RolledFigures = {
    figures: {
      ...figures,
      period: formatPeriodCode(next),
      ...(rolledWindow ? { dataWindow: rolledWindow } : {}),
      ...(asOf && "value" in asOf ? { asOfDate: toIsoDate(rollAsOfDate(asOf.value, from.value, next)) } : {}),
      fields,
      tables,
    },
    cleared,
  };
  return { value: rolled, issues: [] };
}

function rollWindow(window: { from: string; to: string }, from: Period, to: Period) {
  const a = parseIsoDate(window.from);
  const b = parseIsoDate(window.to);
  if (!("value" in a) || !("value" in b)) return undefined;
  const rolled = rollDataWindow({ from: a.value, to: b.value }, from, to);
  return { from: toIsoDate(rolled.from), to: toIsoDate(rolled.to) };
}

type RowRoll = {
  readonly def: TableDef;
  readonly row: Readonly<Record<string, CellValue>>;
  readonly r: number;
  readonly next: Period;
  readonly yearChange: boolean;
  readonly cleared: string[];
};

function rollRow({ def, row, r, next, yearChange, cleared }: RowRoll): Record<string, CellValue> {
  const out: Record<string, CellValue> = { ...row };
  const clear = (key: string) => {
    if (out[key] !== null && out[key] !== undefined && out[key] !== "")
      cleared.push(cellName(def.id, r + 1, key));
    out[key] = null;
  };
  const scope = def.scope ?? "static";
  const numeric = inputColumns(def).filter((c) => c.kind === "integer" || c.kind === "percent");
  const byKey = new Map(def.columns.map((c) => [c.key, c]));

  if (scope === "period") {
    for (const c of numeric) {
      const column = byKey.get(c.key);
      if (column?.previousOf) continue;
      // The previous-period column takes what this period showed, before the period's numbers clear.
      for (const prev of def.columns.filter((p) => p.previousOf === c.key))
        out[prev.key] = row[c.key] ?? null;
      clear(c.key);
    }
    for (const c of inputColumns(def).filter((i) => i.kind === "text" && i.column.noteKey === i.key))
      clear(c.key);
  }
  if (scope === "progressive") rollProgressive({ def, row, out, next, yearChange, clear });
  if (yearChange) {
    const prev = def.columns.find((c) => c.yearColumn === "prev");
    const current = def.columns.find((c) => c.yearColumn === "current");
    if (prev && current) out[prev.key] = row[current.key] ?? null;
  }
  return out;
}

type ProgressiveRoll = {
  readonly def: TableDef;
  readonly row: Readonly<Record<string, CellValue>>;
  readonly out: Record<string, CellValue>;
  readonly next: Period;
  readonly yearChange: boolean;
  readonly clear: (key: string) => void;
};

function rollProgressive({ def, row, out, next, yearChange, clear }: ProgressiveRoll): void {
  const col = (p: ColumnDef["progressive"]) => def.columns.find((c) => c.progressive === p);
  const periods = (["Q1", "H1", "M9", "Y"] as const).map(col).filter((c): c is ColumnDef => c !== undefined);
  if (yearChange) {
    // "Năm trước" takes the year's final figure: Năm, or the latest column filled when the year report was skipped.
    const last = [...periods].reverse().find((c) => row[c.key] !== null && row[c.key] !== undefined);
    const prev = col("prev");
    if (prev) out[prev.key] = last ? (row[last.key] ?? null) : null;
    for (const c of periods) clear(c.key);
    return;
  }
  const target = col(next.kind);
  if (target) clear(target.key);
}
