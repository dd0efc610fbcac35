import type { SectionState } from "../services/ReportDocument";
import type { BadgeTone } from "../shared/StateBadge";

/** The badge colour of each section state. */
export const STATE_TONE: Readonly<Record<SectionState, BadgeTone>> = {
  filled: "success",
  missingFigures: "warning",
  issues: "danger",
  missingControl: "severe",
};
