import { sameText } from "../figures/cleanText";
import { issue, type Issue } from "../issues/Issue";
import { parseCellTag, parseTag, tableTag } from "../tags/tags";
import type { Change, Conflict, RefreshPlan, TableRebuild } from "./RefreshPlan";

export type PlanInput = {
  /** Every control the scan found: tag → the text of each occurrence. */
  readonly current: ReadonlyMap<string, readonly string[]>;
  /** What the add-in last wrote (from the document metadata); absent when the document has none. */
  readonly written: Readonly<Record<string, string>> | undefined;
  /** The text every figure, period and cell control should show with the new figures. */
  readonly desired: ReadonlyMap<string, string>;
  /** Data rows per table with the new figures, for tables whose rows vary between periods. */
  readonly desiredRows: ReadonlyMap<string, number>;
  /** Tags the clerk agreed to overwrite although edited by hand; `"all"` for `--accept-hand-edits`. */
  readonly overwrite: ReadonlySet<string> | "all";
  /**
   * Whether a control's text reads, as its figure's type, as the new figure. A control showing what was written
   * that reads so keeps its spelling: a refresh changes figures, not how the clerk wrote an unchanged one.
   */
  readonly readsAsNew?: (tag: string, shown: string) => boolean;
};

/**
 * What a refresh would write: every control whose text would change, old → new; hand-edited controls as
 * conflicts; tables whose row count changed, to be rebuilt. Same figures twice: nothing to do.
 *
 * @example
 * planRefresh({ current: new Map([["bc:fig:k", ["07"]]]), written: { "bc:fig:k": "07" },
 *   desired: new Map([["bc:fig:k", "08"]]), desiredRows: new Map(), overwrite: new Set() }).changes
 * // → [{ tag: "bc:fig:k", old: "07", new: "08", occurrences: 1 }]
 */
export function planRefresh(input: PlanInput): RefreshPlan {
  const { current, written, desired, overwrite } = input;
  const issues: Issue[] = [];
  const rebuilds = tableRebuilds(input);
  const rebuilt = new Set(rebuilds.map((r) => r.tableId));
  const changes: Change[] = [];
  const conflicts: Conflict[] = [];
  const spelled: string[] = [];

  for (const [tag, next] of desired) {
    const table = parseCellTag(tag)?.table;
    const texts = current.get(tag);
    if (!texts || texts.length === 0) {
      if (!table || !rebuilt.has(table)) issues.push(issue("doc.missingControl", ["doc", tag], { tag }));
      continue;
    }
    // sameText: a control showing the same text in another Unicode form is neither a change nor a hand edit.
    const differing = texts.filter((t) => !sameText(t, next));
    if (differing.length === 0) continue;
    const old = differing[0] ?? "";
    const last = written?.[tag];
    const handEdited = texts.some((t) => last === undefined || !sameText(t, last));
    if (handEdited && overwrite !== "all" && !overwrite.has(tag)) {
      conflicts.push({ tag, written: last, current: texts.find((t) => last === undefined || !sameText(t, last)) ?? old, new: next });
      continue;
    }
    if (!handEdited && input.readsAsNew?.(tag, old)) {
      spelled.push(tag);
      continue;
    }
    if (!table || !rebuilt.has(table)) changes.push({ tag, old, new: next, occurrences: texts.length });
  }

  for (const [tag, texts] of current) {
    const parsed = parseTag(tag);
    if (!parsed) continue;
    if (texts.length > 1 && (parsed.kind === "sec" || parsed.kind === "tbl")) {
      issues.push(issue("doc.duplicateControl", ["doc", tag], { tag, count: texts.length }));
    }
  }
  // A rebuild would discard hand edits in that table: hold it back until the clerk decides.
  const held = new Set(conflicts.flatMap((c) => parseCellTag(c.tag)?.table ?? []));
  const plan = { changes, conflicts, rebuilds: rebuilds.filter((r) => !held.has(r.tableId)), issues };
  return spelled.length > 0 ? { ...plan, spelled } : plan;
}

function tableRebuilds(input: PlanInput): TableRebuild[] {
  // One pass over the tags, grouped by table: a consolidated report has hundreds of tables.
  const rowsByTable = new Map<string, Set<number>>();
  for (const tag of input.current.keys()) {
    const cell = parseCellTag(tag);
    if (!cell || cell.row === "total") continue;
    const rows = rowsByTable.get(cell.table) ?? new Set<number>();
    rows.add(cell.row);
    rowsByTable.set(cell.table, rows);
  }
  const out: TableRebuild[] = [];
  for (const [tableId, newRows] of input.desiredRows) {
    const oldRows = rowsByTable.get(tableId)?.size ?? 0;
    const hasTable = (input.current.get(tableTag(tableId)) ?? []).length > 0;
    if (hasTable && oldRows !== newRows) out.push({ tableId, oldRows, newRows });
  }
  return out;
}
