import type { Period } from "./Period";
import { periodLastMonth } from "./periodLastMonth";

/**
 * Whether every day of `other` lies within `p`. A bare year stands for that whole year. Since all periods
 * start on 1 January, this holds when the years match and `other` ends no later than `p`: 6 tháng contains
 * Quý I of the same year; a Quý I/2020 phrase in a 2021 report is outside it (a stale reference).
 *
 * @example
 * periodContains({ year: 2021, kind: "H1" }, { year: 2021, kind: "Q1" }) // true
 * periodContains({ year: 2021, kind: "H1" }, { year: 2020, kind: "Q1" }) // false
 * periodContains({ year: 2021, kind: "Y" }, 2021)                        // true
 * periodContains({ year: 2021, kind: "M9" }, 2021)                       // false
 */
export const periodContains = (p: Period, other: Period | number): boolean => {
  const inner: Period = typeof other === "number" ? { year: other, kind: "Y" } : other;
  return inner.year === p.year && periodLastMonth(inner.kind) <= periodLastMonth(p.kind);
};
