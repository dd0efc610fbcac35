import type { PeriodEntry } from "../../api/contract";
import { PERIOD_KINDS, type PeriodKind } from "../../domain/period/Period";

/** A period joined with the figures stored for it; the figures columns are null when there are none. */
export type PeriodRow = { period: string; template: string | null; version: number | null; updated_at: string | null };

/** One entry per period, in reporting order (2021-Q1, 2021-H1, 2021-M9, 2021-Y, 2022-Q1 …), each listing the templates that have figures for it. */
export function groupPeriods(rows: readonly PeriodRow[]): PeriodEntry[] {
  const byPeriod = new Map<string, PeriodEntry["figures"][number][]>();
  for (const r of rows) {
    const list = byPeriod.get(r.period) ?? [];
    if (r.template !== null && r.version !== null && r.updated_at !== null) {
      list.push({ template: r.template, version: r.version, updatedAt: r.updated_at });
    }
    byPeriod.set(r.period, list);
  }
  return [...byPeriod].map(([period, figures]) => ({ period, figures })).sort((a, b) => rank(a.period) - rank(b.period));
}

/** "2021-M9" → 2021 * 4 + 2: sorts periods in the order a year's reports follow each other. */
const rank = (code: string): number => {
  const [year, kind] = code.split("-");
  return Number(year) * PERIOD_KINDS.length + PERIOD_KINDS.indexOf(kind as PeriodKind);
};
