import type { ReportMetadata } from "../domain/metadata";
import type { RefreshPlan } from "../domain/plan";
import { tableTag } from "../domain/tags";
import { textToWrite } from "./controlText";
import { queueMetadataWrite } from "./metadataStore";
import type { WordSession } from "./WordSession";

/**
 * Everything one batch of writes needs: the plan, the controls found by the scan of the same batch (proxies
 * belong to their request context), and the new metadata.
 */
export type ApplyInput = {
  readonly plan: RefreshPlan;
  readonly proxies: ReadonlyMap<string, readonly Word.ContentControl[]>;
  /** Flat OPC of each table to rebuild (rows changed in number). */
  readonly tableOoxml: (tableId: string) => string;
  readonly metadata: ReportMetadata;
  /** Whether the scan found the metadata, to rewrite it in place. */
  readonly hasMetadata: boolean;
};

/**
 * Queues the writes of a plan: for every control to change, lift its lock, replace its text, restore the lock;
 * rebuild the tables whose rows changed; update the metadata. The caller syncs once.
 */
export function queueApply(context: Word.RequestContext, session: WordSession, input: ApplyInput): void {
  for (const change of input.plan.changes) {
    for (const control of input.proxies.get(change.tag) ?? []) writeText(control, change.new);
  }
  for (const rebuild of input.plan.rebuilds) {
    const [control] = input.proxies.get(tableTag(rebuild.tableId)) ?? [];
    if (!control) continue;
    const ooxml = input.tableOoxml(rebuild.tableId);
    const locked = control.cannotEdit;
    if (locked) control.cannotEdit = false;
    control.insertOoxml(ooxml, "Replace");
    if (locked) control.cannotEdit = true;
  }
  queueMetadataWrite(context, session.capabilities, input.metadata, input.hasMetadata);
}

/** Computed cells are locked so that a clerk does not type over a total; the add-in lifts the lock to write. */
function writeText(control: Word.ContentControl, text: string): void {
  const locked = control.cannotEdit;
  if (locked) control.cannotEdit = false;
  control.insertText(textToWrite(text), "Replace");
  if (locked) control.cannotEdit = true;
}
