import type { Figures } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { Period } from "../period";

/** Where a block starts or ends: a paragraph or a table, by its index in Word's collection. */
export type BlockRef = { readonly kind: "para" | "table"; readonly index: number };

/** A control to create: the tag and title a fresh insert gives it, and whether it is locked. */
export type ControlSpec = { readonly tag: string; readonly title: string; readonly locked: boolean };

/** A section: from its heading (or first paragraph) to its last block, inclusive. */
export type PlannedSection = ControlSpec & {
  readonly sectionId: string;
  readonly from: BlockRef;
  readonly to: BlockRef;
};

/** A table, and the empty paragraph after it when there is one (a fresh insert's table control holds one). */
export type PlannedTable = ControlSpec & {
  readonly tableId: string;
  readonly table: number;
  readonly paragraphAfter?: number;
};

/** A table cell's text, whole: the cell's only paragraph. */
export type PlannedCell = ControlSpec & {
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  readonly text: string;
};

/** A figure, period phrase in prose or in a header cell: characters [start, end) of one paragraph's text. */
export type InlineFound = ControlSpec & {
  readonly kind: "fig" | "per";
  readonly paragraphText: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The section whose sentence holds it (prose), for saying where it is. */
  readonly section?: string;
} & (
    { readonly paragraph: number } | { readonly table: number; readonly row: number; readonly cell: number }
  );

/** A figure to wrap, and how Word's search reaches it: a window unique in its paragraph, then the value in it. */
export type PlannedInline = InlineFound & {
  readonly search: { readonly window: string; readonly value: string };
};

/** A figure whose sentence matched weakly: shown for the clerk to confirm, never wrapped. */
export type WeakMatch = {
  readonly tag: string;
  readonly title: string;
  readonly text: string;
  readonly issue: Issue;
};

/** Counts found per kind, and how many the template has of each (that the document could have). */
export type AdoptCounts = {
  readonly sections: { readonly found: number; readonly expected: number };
  readonly tables: { readonly found: number; readonly expected: number };
  readonly figures: { readonly found: number; readonly expected: number };
  readonly cells: { readonly found: number; readonly expected: number };
  readonly periodPhrases: { readonly found: number; readonly expected: number };
};

/**
 * What adopt recognised in a document and what it will wrap. Nothing in it changes a character: every control
 * goes around text the document already shows, and `written` records exactly that text.
 */
export type AdoptPlan = {
  readonly sections: readonly PlannedSection[];
  readonly tables: readonly PlannedTable[];
  readonly cells: readonly PlannedCell[];
  readonly inlines: readonly PlannedInline[];
  /** What could not be placed, each with its place and reason; left alone. */
  readonly unplaced: readonly Issue[];
  readonly weak: readonly WeakMatch[];
  readonly counts: AdoptCounts;
  /** The period the title names, when it names exactly one. */
  readonly titlePeriod: Period | undefined;
  /** Tag → the text the document shows, for the metadata's `written`. */
  readonly written: Readonly<Record<string, string>>;
  /** The values read, as Figures of the adopted period. */
  readonly figures: Figures;
  /** Set when the document is not a report of this template: nothing is to be wrapped. */
  readonly refused?: Issue;
};
