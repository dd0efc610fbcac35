import type { Period } from "./Period";

/**
 * The period of the previous report: the inverse of `nextPeriod`.
 *
 * @example
 * previousPeriod({ year: 2021, kind: "H1" }) // { year: 2021, kind: "Q1" }
 * previousPeriod({ year: 2022, kind: "Q1" }) // { year: 2021, kind: "Y" }
 */
export const previousPeriod = (p: Period): Period => {
  switch (p.kind) {
    case "Q1":
      return { year: p.year - 1, kind: "Y" };
    case "H1":
      return { year: p.year, kind: "Q1" };
    case "M9":
      return { year: p.year, kind: "H1" };
    case "Y":
      return { year: p.year, kind: "M9" };
  }
};
