/**
 * A template's house style for period words: "Quý" or "Quí" (the seed mostly writes "Quí"), and whether
 * month counts are zero-padded ("06 tháng" or "6 tháng").
 */
export type PeriodLabelStyle = { readonly quarterWord: "Quý" | "Quí"; readonly padMonths: boolean };

/** How a quarter label is shaped: "Quý I năm 2021", "Quý I/2021" or "Quý I - 2021". */
export type PeriodLabelShape = "long" | "slash" | "dash";

/** The usual modern spelling: "Quý", "6 tháng". */
export const DEFAULT_PERIOD_LABEL_STYLE: PeriodLabelStyle = { quarterWord: "Quý", padMonths: false };
