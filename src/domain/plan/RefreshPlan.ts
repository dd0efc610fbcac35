import type { Issue } from "../issues/Issue";

/** One control whose text the refresh will replace; every occurrence of the tag gets the new text. */
export type Change = {
  readonly tag: string;
  readonly old: string;
  readonly new: string;
  readonly occurrences: number;
};

/**
 * A control the clerk edited by hand (its text differs from what the add-in last wrote) and that the new
 * figures would change: never overwritten without the clerk's consent.
 */
export type Conflict = {
  readonly tag: string;
  /** What the add-in last wrote, when known. */
  readonly written: string | undefined;
  readonly current: string;
  readonly new: string;
};

/** A table whose rows changed in number: its control is rebuilt whole from the template. */
export type TableRebuild = { readonly tableId: string; readonly oldRows: number; readonly newRows: number };

export type RefreshPlan = {
  readonly changes: readonly Change[];
  readonly conflicts: readonly Conflict[];
  readonly rebuilds: readonly TableRebuild[];
  /** Missing, duplicated or foreign controls; the plan still covers what can be written. */
  readonly issues: readonly Issue[];
  /**
   * Controls left as they are although the new figures would print them otherwise: what they show is what was
   * written and reads as the same figure, in the clerk's own spelling ("1.5%" for 1,5%, in an adopted report).
   */
  readonly spelled?: readonly string[];
};

export const isEmptyPlan = (plan: RefreshPlan): boolean =>
  plan.changes.length === 0 && plan.rebuilds.length === 0;
