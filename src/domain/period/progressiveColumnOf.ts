import type { Period, PeriodKind } from "./Period";

/** A period column of the progressive tables T6/T7; one per period kind. */
export type ProgressiveColumn = PeriodKind;

/**
 * The column of T6/T7 that a report for this period fills.
 *
 * @example
 * progressiveColumnOf({ year: 2021, kind: "H1" }) // "H1"
 */
export const progressiveColumnOf = (p: Period): ProgressiveColumn => p.kind;
