import { METADATA_NAMESPACE, type ReportMetadata } from "./ReportMetadata";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&amp;/g, "&");

/**
 * The custom XML part that carries the metadata: readable attributes for what people look for, and the
 * written texts as escaped JSON, since they are ours to read back and may hold any character.
 *
 * @example metadataToXml(meta).startsWith('<baocao xmlns="urn:baocao:report:1"') // → true
 */
export function metadataToXml(meta: ReportMetadata): string {
  const attrs = [
    `xmlns="${METADATA_NAMESPACE}"`,
    `schema="${meta.schema}"`,
    `template="${escapeXml(meta.templateId)}"`,
    `templateVersion="${escapeXml(meta.templateVersion)}"`,
    `agency="${escapeXml(meta.agencyId)}"`,
    `period="${escapeXml(meta.period)}"`,
    ...(meta.refreshedAt ? [`refreshedAt="${escapeXml(meta.refreshedAt)}"`] : []),
    ...(meta.source ? [`source="${escapeXml(meta.source)}"`] : []),
  ];
  return `<baocao ${attrs.join(" ")}><state>${escapeXml(JSON.stringify(meta))}</state></baocao>`;
}

/**
 * Reads the part back; anything that is not our part, or is damaged, is `undefined` (the document is then
 * treated as having no metadata, and every figure as possibly hand-edited).
 */
export function metadataFromXml(xml: string): ReportMetadata | undefined {
  if (!xml.includes(METADATA_NAMESPACE)) return undefined;
  const match = /<(?:\w+:)?state>([\s\S]*)<\/(?:\w+:)?state>/.exec(xml);
  if (!match?.[1]) return undefined;
  try {
    const parsed = JSON.parse(unescapeXml(match[1])) as Partial<ReportMetadata>;
    if (parsed.schema !== 1 || typeof parsed.templateId !== "string" || typeof parsed.period !== "string")
      return undefined;
    return { ...parsed, written: parsed.written ?? {} } as ReportMetadata;
  } catch {
    return undefined;
  }
}

/** Custom document properties hold at most 255 characters each on Word desktop. */
export const PROPERTY_CHUNK = 240;
export const PROPERTY_PREFIX = "baocao.meta.";

/**
 * The WordApi 1.3 fallback: the same JSON cut into custom document properties, `baocao.meta.count` first.
 *
 * @example metadataToProperties(meta)[0] // → ["baocao.meta.count", "3"]
 */
export function metadataToProperties(meta: ReportMetadata): readonly (readonly [string, string])[] {
  const json = JSON.stringify(meta);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += PROPERTY_CHUNK) chunks.push(json.slice(i, i + PROPERTY_CHUNK));
  return [
    [`${PROPERTY_PREFIX}count`, String(chunks.length)],
    ...chunks.map((c, i) => [`${PROPERTY_PREFIX}${i}`, c] as const),
  ];
}

/** Joins the chunks back; a missing chunk or broken JSON gives `undefined`. */
export function metadataFromProperties(
  read: (key: string) => string | undefined,
): ReportMetadata | undefined {
  const count = Number(read(`${PROPERTY_PREFIX}count`));
  if (!Number.isInteger(count) || count <= 0) return undefined;
  let json = "";
  for (let i = 0; i < count; i++) {
    const chunk = read(`${PROPERTY_PREFIX}${i}`);
    if (chunk === undefined) return undefined;
    json += chunk;
  }
  try {
    const parsed = JSON.parse(json) as ReportMetadata;
    return parsed.schema === 1 ? { ...parsed, written: parsed.written ?? {} } : undefined;
  } catch {
    return undefined;
  }
}
