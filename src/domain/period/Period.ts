/**
 * The kinds of reporting period of the CCHC report. All four start on 1 January: `Q1` is the first quarter,
 * `H1` (6 tháng đầu năm), `M9` (9 tháng đầu năm) and `Y` (năm) are year-to-date.
 */
export type PeriodKind = "Q1" | "H1" | "M9" | "Y";

/** One reporting period: a year and a kind. */
export type Period = { readonly year: number; readonly kind: PeriodKind };

/** The kinds in the order a year's reports follow each other. */
export const PERIOD_KINDS: readonly PeriodKind[] = ["Q1", "H1", "M9", "Y"];

/** Why a text could not be read as a period. */
export type PeriodIssueCode =
  /** nothing but white space */
  | "period.empty"
  /** not a period code or label at all */
  | "period.invalid"
  /** a real period that this report does not have (Quý II, 6 tháng cuối năm …) */
  | "period.unsupported";

/** The result of reading a period from text: the period, or why there is none. */
export type PeriodParse = { readonly value: Period } | { readonly issue: PeriodIssueCode };
