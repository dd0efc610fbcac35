import type { ReportMetadata, StoredMetadata } from "../domain/metadata";
import { issue, type Issue } from "../domain/issues/Issue";
import { parseTag } from "../domain/tags";
import { showsBlank, textRead } from "./controlText";
import { queueMetadataRead, type MetadataStoreKind } from "./metadataStore";
import type { WordSession } from "./WordSession";

/** One content control of ours, as the scan found it. */
export type FoundControl = {
  readonly tag: string;
  readonly text: string;
  readonly cannotEdit: boolean;
  /** The control prints the blank mark (or Word's placeholder) where its text is blank: the check lists it. */
  readonly showsBlank?: true;
};

/** What the document holds: our controls by tag, in document order, and its metadata. */
export type DocumentScan = {
  readonly controls: ReadonlyMap<string, readonly FoundControl[]>;
  readonly metadata: ReportMetadata | undefined;
  readonly store: MetadataStoreKind;
  /** How the metadata is stored, for a write in the same batch to send only what changed. */
  readonly stored?: StoredMetadata;
  /** The metadata is there but damaged (not well-formed, invalid JSON, an impossible period): every operation stops. */
  readonly damage?: Issue;
};

/** Texts by tag, the shape the refresh plan reads. */
export const textsByTag = (scan: DocumentScan): ReadonlyMap<string, readonly string[]> =>
  new Map([...scan.controls].map(([tag, found]) => [tag, found.map((f) => f.text)]));

/**
 * Queues the scan in the caller's batch: every content control's tag, text and lock, and the metadata.
 * Loading `document.contentControls` once reaches nested controls too, whatever their number.
 */
export function queueScan(
  context: Word.RequestContext,
  session: WordSession,
  options: { readonly skipPart?: boolean } = {},
) {
  const controls = context.document.contentControls;
  controls.load("items/tag,items/text,items/cannotEdit");
  const readMetadata = queueMetadataRead(context, session.capabilities, options);
  return () => {
    const byTag = new Map<string, { found: FoundControl; proxy: Word.ContentControl }[]>();
    for (const proxy of controls.items) {
      if (!parseTag(proxy.tag)) continue;
      const list = byTag.get(proxy.tag) ?? [];
      const found: FoundControl = { tag: proxy.tag, text: textRead(proxy.text), cannotEdit: proxy.cannotEdit };
      list.push({ found: showsBlank(proxy.text) ? { ...found, showsBlank: true } : found, proxy });
      byTag.set(proxy.tag, list);
    }
    const { metadata, store, stored, damage } = readMetadata();
    const scan: DocumentScan = {
      controls: new Map([...byTag].map(([tag, list]) => [tag, list.map((l) => l.found)])),
      metadata,
      store,
      ...(stored ? { stored } : {}),
      ...(damage ? { damage: issue("doc.metadataDamaged", ["doc"], { part: store, reason: damage }) } : {}),
    };
    return { scan, proxies: new Map([...byTag].map(([tag, list]) => [tag, list.map((l) => l.proxy)])) };
  };
}

/**
 * Runs a scan in the caller's batch: one sync, or two when the first fails — a metadata part the document does
 * not have, or any other failure of the metadata statement (see `queueMetadataRead`): the second reads without
 * the metadata. `alongside` queues further loads into the same sync;
 * it is queued again on the retry, since a failed sync publishes none of its loads.
 */
export async function syncScan<T = undefined>(
  context: Word.RequestContext,
  session: WordSession,
  alongside: () => T = () => undefined as T,
) {
  try {
    const read = queueScan(context, session);
    const extra = alongside();
    await context.sync();
    return { ...read(), extra };
  } catch {
    // Whatever failed — the metadata part missing (a null object), a part Word cannot read, a host refusing
    // the statement — the scan goes on without the metadata; a failure of the scan itself fails again here.
    const read = queueScan(context, session, { skipPart: true });
    const extra = alongside();
    await context.sync();
    return { ...read(), extra };
  }
}

/** Scans the document: its controls, texts, locks and metadata. */
export async function scanDocument(session: WordSession): Promise<DocumentScan> {
  return session.run(async (context) => (await syncScan(context, session)).scan);
}
