/**
 * A figure the clerk typed in the document and kept through a refresh: from then on it is this document's
 * figure, and what is computed from it follows. Recorded in the metadata beside the value it replaced.
 */
export type Override = {
  /** The text the clerk typed and the document prints ("110"). */
  readonly value: string;
  /** What the add-in had written there before ("95"). */
  readonly replaced: string;
  /** ISO timestamp of the refresh that kept it; the clock is the caller's. */
  readonly at: string;
};

/** Overrides by content-control tag. */
export type Overrides = Readonly<Record<string, Override>>;
