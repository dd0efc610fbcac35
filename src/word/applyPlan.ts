import type { ReportMetadata, StoredMetadata } from "../domain/metadata";
import type { RefreshPlan, TableRebuild } from "../domain/plan";
import type { TableRowsLayout } from "../domain/render";
import { parseCellTag, tableTag } from "../domain/tags";
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
  /** The rows of each table whose rows changed in number, for the Table API. */
  readonly tableRows: (tableId: string) => TableRowsLayout;
  /** What every control should show: the cells of a table whose rows changed are all written. */
  readonly texts: ReadonlyMap<string, string>;
  readonly metadata: ReportMetadata;
  /** The metadata as the scan found it stored: the write sends only what differs from it. */
  readonly stored: StoredMetadata | undefined;
};

/**
 * Queues the writes of a plan: for every control to change, lift its lock, replace its text, restore the lock;
 * change the rows of the tables whose rows changed in number; update the metadata (the entries that changed). The caller syncs once.
 */
export function queueApply(context: Word.RequestContext, session: WordSession, input: ApplyInput): void {
  for (const change of input.plan.changes) {
    for (const control of input.proxies.get(change.tag) ?? []) writeText(control, change.new);
  }
  for (const rebuild of input.plan.rebuilds) queueRowChange(input, rebuild);
  queueMetadataWrite(context, session.capabilities, input.metadata, input.stored);
}

/**
 * A table whose rows changed in number, through the Table API (WordApi 1.3): the rows beyond the new count
 * deleted, or new rows inserted after the last data row (shaped like it) with a control wrapped round each
 * figure cell; then every figure cell of the table written. Never insertOoxml over a table control: Word's is
 * fragile there (office-js#3183, #2606, #116; very slow on the web, #5944).
 */
function queueRowChange(input: ApplyInput, rebuild: TableRebuild): void {
  const [control] = input.proxies.get(tableTag(rebuild.tableId)) ?? [];
  if (!control) return;
  const layout = input.tableRows(rebuild.tableId);
  const locked = control.cannotEdit;
  if (locked) control.cannotEdit = false;
  const table = control.tables.getFirst();
  const first = layout.headerRows;
  const { oldRows, newRows } = rebuild;
  if (newRows < oldRows) table.deleteRows(first + newRows, oldRows - newRows);
  if (newRows > oldRows && oldRows > 0) {
    const added = Array.from({ length: newRows - oldRows }, (_, i) => layout.dataRow(oldRows + 1 + i));
    const values = added.map((cells) => cells.map((cell) => textToWrite(cell.text)));
    table.getCell(first + oldRows - 1, 0).parentRow.insertRows("After", added.length, values);
    added.forEach((cells, i) => {
      cells.forEach((cell, c) => {
        if (!cell.control) return;
        const range = table.getCell(first + oldRows + i, c).body.paragraphs.getFirst().getRange("Content");
        const wrapped = range.insertContentControl();
        wrapped.tag = cell.control.tag;
        wrapped.title = cell.control.title;
        if (cell.control.locked) wrapped.cannotEdit = true;
      });
    });
  }
  for (const [tag, text] of input.texts) {
    const cell = parseCellTag(tag);
    if (cell?.table !== rebuild.tableId || (typeof cell.row === "number" && cell.row > Math.min(oldRows, newRows))) continue;
    for (const proxy of input.proxies.get(tag) ?? []) writeText(proxy, text);
  }
  if (locked) control.cannotEdit = true;
}

/** Computed cells are locked so that a clerk does not type over a total; the add-in lifts the lock to write. */
function writeText(control: Word.ContentControl, text: string): void {
  const locked = control.cannotEdit;
  if (locked) control.cannotEdit = false;
  control.insertText(textToWrite(text), "Replace");
  if (locked) control.cannotEdit = true;
}
