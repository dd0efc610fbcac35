import type { Issue } from "../domain/issues/Issue";
import type { ReportMetadata } from "../domain/metadata";
import type { TableRowsLayout } from "../domain/render";
import { planWithOverrides, type Effective, type Overrides } from "../domain/overrides";
import { isEmptyPlan, type RefreshPlan } from "../domain/plan";
import { queueApply } from "./applyPlan";
import { syncScan, textsByTag, type DocumentScan } from "./scanDocument";
import type { WordSession } from "./WordSession";

/** What the document should show with the new figures, from `reportContent` and `renderTable`. */
export type RefreshTarget = {
  readonly texts: ReadonlyMap<string, string>;
  readonly rows: ReadonlyMap<string, number>;
  /** The rows of a table as the report should show them, for a change in their number (Table API). */
  readonly tableRows: (tableId: string) => TableRowsLayout;
  /** What the document shows when these figures of the clerk's (tag → text) are taken as the figures. */
  readonly recompute?: (values: ReadonlyMap<string, string>) => Effective;
  /** Whether a control's text reads as its new figure (then its spelling is kept). */
  readonly readsAsNew?: (tag: string, shown: string) => boolean;
  /** The metadata to store after writing this plan, from the metadata found (if any). */
  readonly nextMetadata: (
    previous: ReportMetadata | undefined,
    plan: RefreshPlan,
    after: { readonly overrides: Overrides; readonly texts: ReadonlyMap<string, string> },
  ) => ReportMetadata;
};

export type RefreshOptions = {
  /**
   * Checked against the scan before anything is planned: an issue stops the refresh with nothing written
   * (figures of another period or template than the document's).
   */
  readonly guard?: (scan: DocumentScan) => Issue | undefined;
  /**
   * The document problems among the plan's issues and beyond them (a section or table deleted or duplicated):
   * any of them stops the refresh with nothing written; a review lists them.
   */
  readonly problems?: (scan: DocumentScan, planIssues: readonly Issue[]) => readonly Issue[];
  /** Plan only: one sync, nothing written (the pane's review, the CLI's `--dry-run`). */
  readonly dryRun: boolean;
  /** Hand-edited tags the clerk chose to overwrite, or `"all"`; every other hand edit is kept as an override. */
  readonly overwrite: ReadonlySet<string> | "all";
  /** The clock: when a kept hand edit became an override. */
  readonly now: Date;
  /**
   * Values the clerk typed through the pane (tag → text), taken as if typed in the document: each is written
   * to its control and kept as an override, as a hand edit would be, and what is computed from it follows.
   */
  readonly typed?: ReadonlyMap<string, string>;
};

export type RefreshResult = {
  readonly plan: RefreshPlan;
  readonly scan: DocumentScan;
  readonly applied: boolean;
  /** The hand edits kept as the document's figures after this refresh (or, for a review, if applied). */
  readonly overrides: Overrides;
  /** Why nothing was planned, when the guard refused. */
  readonly refused?: Issue;
  /** The document problems that kept the plan from being written (nothing was). */
  readonly blocked?: readonly Issue[];
};

/**
 * Refreshes the figures in one `Word.run`: a scan (sync 1), the plan made from what the document holds at
 * that moment, then every write of the plan in one batch (sync 2). Planning again at apply time means a
 * clerk's typing between review and apply is never overwritten. Nothing to change: one sync, no write.
 */
export async function refreshDocument(
  session: WordSession,
  targetOf: RefreshTarget | ((scan: DocumentScan) => RefreshTarget | Issue),
  options: RefreshOptions,
): Promise<RefreshResult> {
  return session.run(async (context) => {
    const { scan, proxies } = await syncScan(context, session);
    // A target made from the scan (a correction starts from the figures the document records) costs no sync.
    const made = typeof targetOf === "function" ? targetOf(scan) : targetOf;
    const refused = options.guard?.(scan) ?? ("code" in made ? made : undefined);
    if (refused)
      return {
        plan: { changes: [], conflicts: [], rebuilds: [], issues: [refused] },
        overrides: scan.metadata?.overrides ?? {},
        scan,
        applied: false,
        refused,
      };
    const target = made as RefreshTarget;
    const shown = textsByTag(scan);
    const current = new Map(shown);
    for (const [tag, text] of options.typed ?? []) if (current.has(tag)) current.set(tag, [text]);
    const planned = planWithOverrides({
      current,
      written: scan.metadata?.written,
      desired: target.texts,
      desiredRows: target.rows,
      overwrite: options.overwrite,
      previous: scan.metadata?.overrides ?? {},
      now: options.now,
      ...(target.recompute ? { recompute: target.recompute } : {}),
      ...(target.readsAsNew ? { readsAsNew: target.readsAsNew } : {}),
    });
    const { overrides, desired } = planned;
    const blocked = options.problems?.(scan, planned.plan.issues) ?? [];
    const typedPlan = withTyped(planned.plan, shown, options.typed);
    const plan = { ...typedPlan, issues: mergeIssues(typedPlan.issues, blocked) };
    if (blocked.length && !options.dryRun) return { plan, overrides, scan, applied: false, blocked };
    const recorded = JSON.stringify(scan.metadata?.overrides ?? {}) === JSON.stringify(overrides);
    if (options.dryRun || (isEmptyPlan(plan) && recorded)) return { plan, overrides, scan, applied: false };
    queueApply(context, session, {
      plan,
      proxies,
      tableRows: target.tableRows,
      texts: target.texts,
      metadata: target.nextMetadata(scan.metadata, plan, { overrides, texts: desired }),
      stored: scan.stored,
    });
    await context.sync();
    return { plan, overrides, scan, applied: true };
  });
}

/** The plan, with the write of each value typed through the pane that the document does not show yet. */
function withTyped(
  plan: RefreshPlan,
  shown: ReadonlyMap<string, readonly string[]>,
  typed: ReadonlyMap<string, string> | undefined,
): RefreshPlan {
  const writes = [...(typed ?? [])].flatMap(([tag, text]) => {
    const found = shown.get(tag) ?? [];
    return found.length > 0 && found.some((t) => t !== text)
      ? [{ tag, old: found[0] ?? "", new: text, occurrences: found.length }]
      : [];
  });
  return writes.length === 0 ? plan : { ...plan, changes: [...writes, ...plan.changes.filter((c) => !typed?.has(c.tag))] };
}

/** The plan's issues, then the problems it did not name (a section or table), each once. */
function mergeIssues(issues: readonly Issue[], problems: readonly Issue[]): readonly Issue[] {
  const key = (i: Issue) => `${i.code} ${i.path.join("/")}`;
  const named = new Set(issues.map(key));
  return [...issues, ...problems.filter((p) => !named.has(key(p)))];
}
