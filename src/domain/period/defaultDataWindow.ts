import type { DataWindow } from "./DataWindow";
import type { Period } from "./Period";
import { periodLastMonth } from "./periodLastMonth";

/**
 * The data window of Nghị định 09/2019/NĐ-CP: from 15 December of the previous year to the 14th of the
 * period's last month (Quý I: 14/03, 6 tháng: 14/06, 9 tháng: 14/09, năm: 14/12). The 9-month window is a
 * provincial practice (regulations.md §2) rather than ND 09's own wording.
 *
 * @example
 * defaultDataWindow({ year: 2021, kind: "Q1" })
 * // { from: { year: 2020, month: 12, day: 15 }, to: { year: 2021, month: 3, day: 14 } }
 */
export const defaultDataWindow = (p: Period): DataWindow => ({
  from: { year: p.year - 1, month: 12, day: 15 },
  to: { year: p.year, month: periodLastMonth(p.kind), day: 14 },
});
