import type { PeriodKind } from "./Period";

const LAST_MONTH: Readonly<Record<PeriodKind, number>> = { Q1: 3, H1: 6, M9: 9, Y: 12 };

/**
 * The last calendar month (1–12) a period covers; every period starts in January.
 *
 * @example
 * periodLastMonth("Q1") // 3
 * periodLastMonth("M9") // 9
 */
export const periodLastMonth = (kind: PeriodKind): number => LAST_MONTH[kind];
