import type { Period } from "../../period";

/** The kinds of period phrase the scan reads (template-spec §5.2 classes). */
export type StaleKind = "label" | "window" | "asOf" | "prevYear";

/** A period phrase in prose that does not fit the report's period. */
export type StaleFinding = {
  readonly kind: StaleKind;
  readonly paragraph: number;
  readonly sectionId: string | undefined;
  /** The phrase exactly as written, to select it in the document. */
  readonly text: string;
  readonly start: number;
  /** The period the phrase names, when it names one. */
  readonly names?: Period;
  /** Why it does not fit, in a few words for the clerk. */
  readonly reason: "otherYear" | "otherPeriod" | "outsidePeriod" | "notPreviousYear";
};
