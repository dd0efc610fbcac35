import type { CivilDate } from "../period/CivilDate";

/** Why a text could not be read as a date: blank, not a date's shape, or a day the calendar lacks (31/4). */
export type DateIssueCode = "date.empty" | "date.invalid" | "date.nonexistent";

/** A date read from text, or why none could be. */
export type DateParse = { readonly value: CivilDate } | { readonly issue: DateIssueCode };
