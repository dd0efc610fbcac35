import {
  METADATA_NAMESPACE,
  metadataFromProperties,
  metadataFromXml,
  metadataToProperties,
  metadataToXml,
  PROPERTY_PREFIX,
  type ReportMetadata,
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
    if (options.skipPart) return () => ({ metadata: undefined, store: "customXml" });
    const part = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE).getOnlyItemOrNullObject();
    part.load("id");
    const xml = part.getXml();
    return () => ({
      metadata: part.isNullObject || xml.value == null ? undefined : metadataFromXml(xml.value),
      store: "customXml",
    });
  }
  if (options.skipPart) return () => ({ metadata: undefined, store: "properties" });
  const props = context.document.properties.customProperties;
  props.load("items/key,items/value");
  return () => {
    const values = new Map(
      props.items.filter((p) => p.key.startsWith(PROPERTY_PREFIX)).map((p) => [p.key, String(p.value)]),
    );
    return { metadata: metadataFromProperties((k) => values.get(k)), store: "properties" };
  };
}

/** True for the error a host gives when a batch touched a null object. */
export function isNullObjectError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Queues the write of the metadata in the caller's batch. On WordApi 1.4 the existing part is rewritten in
 * place (`existing` says whether the scan found one) or a new one added; on 1.3 the property chunks are set
 * (`add` sets an existing property too), the count first so that a reader never joins a partial set.
 */
export function queueMetadataWrite(
  context: Word.RequestContext,
  capabilities: WordCapabilities,
  metadata: ReportMetadata,
  existing: boolean,
): void {
  if (capabilities.customXmlParts) {
    const xml = metadataToXml(metadata);
    if (existing)
      context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE).getOnlyItem().setXml(xml);
    else context.document.customXmlParts.add(xml);
    return;
  }
  const props = context.document.properties.customProperties;
  for (const [key, value] of metadataToProperties(metadata)) props.add(key, value);
}
