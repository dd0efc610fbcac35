import type { Period } from "./Period";

/**
 * The English name of a period, for the English UI and messages (the document itself is always Vietnamese).
 *
 * @example periodLabelEn({ year: 2021, kind: "Q1" }) // "Q1 2021"
 * periodLabelEn({ year: 2021, kind: "H1" })           // "first 6 months of 2021"
 */
export const periodLabelEn = ({ year, kind }: Period): string =>
  kind === "Q1" ? `Q1 ${year}` : kind === "H1" ? `first 6 months of ${year}` : kind === "M9" ? `first 9 months of ${year}` : `year ${year}`;
