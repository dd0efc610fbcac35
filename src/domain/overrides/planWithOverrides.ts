import { planRefresh, type PlanInput } from "../plan/planRefresh";
import type { RefreshPlan } from "../plan/RefreshPlan";
import { parseCellTag } from "../tags/tags";
import type { Override, Overrides } from "./Override";

/** What the document should show once some figures are the clerk's: every text, and rows per table. */
export type Effective = {
  readonly texts: ReadonlyMap<string, string>;
  readonly rows: ReadonlyMap<string, number>;
};

export type OverridePlanInput = PlanInput & {
  /** The overrides the document's metadata already records. */
  readonly previous: Overrides;
  /** The refresh's clock: when a newly kept hand edit became an override. */
  readonly now: Date;
  /**
   * What the document shows with these figures of the clerk's (tag → text) taken as the figures: totals,
   * percentages and prose computed from them. Absent: nothing is recomputed.
   */
  readonly recompute?: (values: ReadonlyMap<string, string>) => Effective;
};

export type OverridePlan = {
  /**
   * Its changes are computed from the effective figures (the clerk's where kept); its conflicts are the hand
   * edits the refresh keeps — each one an override — with the value the new figures would have put there.
   */
  readonly plan: RefreshPlan;
  /** The overrides after this refresh: kept, new, and without the ones the clerk let the figures replace. */
  readonly overrides: Overrides;
  /** The texts the plan aims at: the new figures', or those recomputed with the overrides. */
  readonly desired: ReadonlyMap<string, string>;
};

/**
 * Plans a refresh in which a kept hand edit is the document's figure. First the plan against the new figures
 * finds the hand edits (an override the document already has counts as one, so that the clerk sees what the
 * new figures say there); those the clerk keeps become overrides, recorded beside the value they replaced
 * and when; then the plan is made again against the figures recomputed with the overrides, so totals,
 * percentages and prose that depend on them follow in the same apply. A hand edit the clerk lets go is no
 * longer an override.
 *
 * @example
 * // T2 r1 "Tổng số hồ sơ" typed 95 → 110 and kept: T2.r1.c3, c5, c7 and the total row follow 110.
 * planWithOverrides({ ...input, previous: {}, now, recompute }).overrides["bc:fig:T2.r1.c6"]
 * // → { value: "110", replaced: "95", at: "2026-12-02T15:26:00.000Z" }
 */
export function planWithOverrides(input: OverridePlanInput): OverridePlan {
  const { previous, overwrite } = input;
  const letGo = (tag: string) => overwrite === "all" || overwrite.has(tag);
  // An override reads as a hand edit of what it replaced: the review shows the new figure beside it.
  const asEdits: Record<string, string> = { ...(input.written ?? {}) };
  for (const [tag, o] of Object.entries(previous)) asEdits[tag] = o.replaced;
  const first = planRefresh({ ...input, written: input.written ? asEdits : undefined });

  const overrides: Record<string, Override> = {};
  for (const [tag, o] of Object.entries(previous)) {
    const shown = input.current.get(tag);
    if (!letGo(tag) && shown?.length && shown.every((t) => t === o.value)) overrides[tag] = o;
  }
  const at = input.now.toISOString();
  for (const c of first.conflicts) {
    if (letGo(c.tag)) continue;
    const earlier = previous[c.tag];
    overrides[c.tag] = earlier?.value === c.current ? earlier : { value: c.current, replaced: earlier?.replaced ?? c.written ?? c.new, at };
  }
  if (Object.keys(overrides).length === 0) return { plan: first, overrides, desired: input.desired };

  const values = new Map(Object.entries(overrides).map(([tag, o]) => [tag, o.value]));
  const effective = input.recompute?.(values) ?? { texts: input.desired, rows: input.desiredRows };
  const desired = new Map(effective.texts);
  for (const [tag, value] of values) if (desired.has(tag)) desired.set(tag, value);
  const second = planRefresh({
    ...input,
    written: input.written ? { ...input.written, ...Object.fromEntries(values) } : undefined,
    desired,
    desiredRows: effective.rows,
  });
  // A table with an override is never rebuilt: a rebuild starts from the figures, not from what the clerk typed.
  const kept = new Set([...values.keys()].map(tableOfTag));
  return {
    plan: {
      ...second,
      conflicts: [...first.conflicts.filter((c) => !letGo(c.tag)), ...second.conflicts],
      rebuilds: second.rebuilds.filter((r) => !kept.has(r.tableId)),
    },
    overrides,
    desired,
  };
}

const tableOfTag = (tag: string): string | undefined => parseCellTag(tag)?.table;
