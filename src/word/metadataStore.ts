import {
  diffEntries,
  ENTRIES_PARENT_PATH,
  ENTRY_NAMESPACES,
  entriesToXml,
  entryProperties,
  entryXml,
  entryXPath,
  METADATA_NAMESPACE,
  metadataToEntries,
  readMetadataProperties,
  readMetadataXml,
  propertiesMetadataDamage,
  xmlMetadataDamage,
  type MetadataDamage,
  type MetadataEntries,
  type ReportMetadata,
  type StoredMetadata,
} from "../domain/metadata";
import type { WordCapabilities } from "./WordSession";

/** Where the metadata is kept: a custom XML part on WordApi 1.4, custom document properties on 1.3. */
export type MetadataStoreKind = "customXml" | "properties";

/**
 * What the WordApi 1.3 fallback cannot give, said to the clerk (DESIGN.md): custom properties are visible and
 * editable in File › Properties, limited to 255 characters each, and a change to them is not detected.
 */
export const FALLBACK_LIMITATION = {
  vi: "Word này chỉ hỗ trợ WordApi 1.3: thông tin của baocao được lưu trong Thuộc tính tùy chỉnh của tài liệu (Tệp › Thông tin › Thuộc tính), người dùng có thể xem và sửa; nếu bị sửa, baocao không phát hiện được và có thể coi các số liệu là đã sửa tay.",
  en: "This Word offers WordApi 1.3 only: baocao keeps its data in the document's custom properties (File › Info › Properties), which people can see and edit; a change there is not detected, and figures may then be taken as edited by hand.",
} as const;

export type QueuedMetadataRead = () => {
  readonly metadata: ReportMetadata | undefined;
  readonly store: MetadataStoreKind;
  /** How the document holds it, for the next write to send only what changed. */
  readonly stored: StoredMetadata | undefined;
  /** The metadata is there but cannot be read: then `metadata` is undefined, and nothing may be written. */
  readonly damage?: MetadataDamage;
};

/**
 * Queues the reads of the metadata in the caller's batch, so that a scan stays at one sync; call the returned
 * function after that sync.
 *
 * On WordApi 1.4 the part is read through `getOnlyItemOrNullObject().getXml()`. Whether Word accepts a method
 * call on a null object is not documented; the headless Word refuses it (ItemNotFound), as a strict Word
 * would, so `scanDocument` retries once without the part when that happens: a document with our metadata
 * scans in one sync, one without it (nothing to protect yet) in two.
 */
export function queueMetadataRead(
  context: Word.RequestContext,
  capabilities: WordCapabilities,
  options: { readonly skipPart?: boolean } = {},
): QueuedMetadataRead {
  if (capabilities.customXmlParts) {
    if (options.skipPart) return () => ({ metadata: undefined, store: "customXml", stored: undefined });
    const part = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE).getOnlyItemOrNullObject();
    part.load("id");
    const xml = part.getXml();
    return () => {
      const text = part.isNullObject || xml.value == null ? undefined : xml.value;
      const damage = text === undefined ? undefined : xmlMetadataDamage(text);
      if (damage) return { metadata: undefined, store: "customXml", stored: undefined, damage };
      const stored = text === undefined ? undefined : readMetadataXml(text);
      return { metadata: stored?.metadata, store: "customXml", stored };
    };
  }
  if (options.skipPart) return () => ({ metadata: undefined, store: "properties", stored: undefined });
  const props = context.document.properties.customProperties;
  props.load("items/key,items/value");
  return () => {
    const all = new Map(props.items.map((p) => [p.key, String(p.value)]));
    const damage = propertiesMetadataDamage(all);
    if (damage) return { metadata: undefined, store: "properties", stored: undefined, damage };
    const stored = readMetadataProperties(all);
    return { metadata: stored?.metadata, store: "properties", stored };
  };
}

/** True for the error a host gives when a batch touched a null object. */
export function isNullObjectError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Queues the write of the metadata in the caller's batch, sending only what changed since `stored` (what the
 * scan of the same batch read): on WordApi 1.4 one updateElement, insertElement or deleteElement per entry of
 * the custom XML part; on 1.3 the properties of each changed entry set (`add` sets an existing property too)
 * and those of removed entries deleted. A document without metadata gets the whole part (or every property);
 * one written by an earlier version (the JSON form) is rewritten whole in the entries form, its old
 * properties removed.
 */
export function queueMetadataWrite(
  context: Word.RequestContext,
  capabilities: WordCapabilities,
  metadata: ReportMetadata,
  stored: StoredMetadata | undefined,
): void {
  const next = metadataToEntries(metadata);
  const before: MetadataEntries = stored?.form === "entries" ? stored.entries : new Map();
  const { set, removed } = diffEntries(before, next);
  if (capabilities.customXmlParts) {
    const parts = context.document.customXmlParts;
    if (!stored) {
      parts.add(entriesToXml(next));
      return;
    }
    const part = parts.getByNamespace(METADATA_NAMESPACE).getOnlyItem();
    // When most entries change, the whole part is smaller to send than one edit per entry.
    if (stored.form === "json" || (set.length + removed.length) * 2 > next.size) {
      part.setXml(entriesToXml(next));
      return;
    }
    for (const [key, value] of set) {
      if (before.has(key)) part.updateElement(entryXPath(key), entryXml(key, value), ENTRY_NAMESPACES);
      else part.insertElement(ENTRIES_PARENT_PATH, entryXml(key, value), ENTRY_NAMESPACES);
    }
    for (const key of removed) part.deleteElement(entryXPath(key), ENTRY_NAMESPACES);
    return;
  }
  const props = context.document.properties.customProperties;
  const kept = new Set<string>();
  for (const [key, value] of next) for (const [name] of entryProperties(key, value)) kept.add(name);
  for (const [key, value] of set) for (const [name, chunk] of entryProperties(key, value)) props.add(name, chunk);
  for (const name of stored?.propertyKeys ?? []) if (!kept.has(name)) props.getItem(name).delete();
}
