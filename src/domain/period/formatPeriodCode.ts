import type { Period } from "./Period";

/**
 * The code form of a period, as stored in metadata and data files.
 *
 * @example
 * formatPeriodCode({ year: 2021, kind: "Q1" }) // "2021-Q1"
 * formatPeriodCode({ year: 2021, kind: "Y" })  // "2021-Y"
 */
export const formatPeriodCode = (p: Period): string => `${p.year}-${p.kind}`;
