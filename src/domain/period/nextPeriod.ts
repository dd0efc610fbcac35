import type { Period } from "./Period";

/**
 * The period of the next report: Quý I → 6 tháng → 9 tháng → Năm → Quý I of the next year.
 *
 * @example
 * nextPeriod({ year: 2021, kind: "Q1" }) // { year: 2021, kind: "H1" }
 * nextPeriod({ year: 2021, kind: "Y" })  // { year: 2022, kind: "Q1" }
 */
export const nextPeriod = (p: Period): Period => {
  switch (p.kind) {
    case "Q1":
      return { year: p.year, kind: "H1" };
    case "H1":
      return { year: p.year, kind: "M9" };
    case "M9":
      return { year: p.year, kind: "Y" };
    case "Y":
      return { year: p.year + 1, kind: "Q1" };
  }
};
