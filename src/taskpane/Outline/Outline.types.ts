import type { SectionState } from "../services/ReportDocument";

/** The badge colour of each section state. */
export const STATE_COLOR: Readonly<Record<SectionState, "success" | "warning" | "danger" | "severe">> = {
  filled: "success",
  missingFigures: "warning",
  issues: "danger",
  missingControl: "severe",
};
