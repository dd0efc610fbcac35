import { metadataFromEntries, type MetadataEntries } from "./metadataEntries";
import { metadataFromProperties, metadataFromXml, PROPERTY_CHUNK, PROPERTY_PREFIX } from "./metadataXml";
import { METADATA_NAMESPACE, type ReportMetadata } from "./ReportMetadata";

/**
 * The metadata as the document stores it. "entries" is today's form: one element (WordApi 1.4) or one property
 * (1.3) per entry, so that a write sends only the entries that changed. "json" is the form of earlier versions
 * (the whole metadata as one JSON text, in a `<state>` element or cut into `baocao.meta.N` properties): it is
 * read, and replaced by the entries form at the next write.
 */
export type StoredMetadata = {
  readonly metadata: ReportMetadata;
  readonly form: "entries" | "json";
  /** The entries the document holds (entries form), which the next write compares with. */
  readonly entries: MetadataEntries;
  /** The properties the document holds under the metadata's prefixes (1.3), to remove what a write leaves over. */
  readonly propertyKeys: readonly string[];
};

/** The prefix the part's root takes; the entries themselves are in no namespace, so that an edit needs none. */
export const ENTRY_NAMESPACES: Readonly<Record<string, string>> = { b: METADATA_NAMESPACE };
const ROOT_PATH = "/b:baocao";

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

/** One entry as its element: `<e k="w:bc:fig:T2.r1.c4">"2.300"</e>`. */
export const entryXml = (key: string, value: string): string => `<e k="${escapeXml(key)}">${escapeXml(value)}</e>`;

/** The path of an entry's element, for updateElement and deleteElement. Keys are tags and figure keys: no quote. */
export function entryXPath(key: string): string {
  if (key.includes('"')) throw new Error(`metadata: an entry key holds a quote: ${key}`);
  return `${ROOT_PATH}/e[@k="${key}"]`;
}

/** The parent path new entries are inserted under. */
export const ENTRIES_PARENT_PATH = ROOT_PATH;

/**
 * The whole part in the entries form, as an insert or the first write after an older version writes it.
 *
 * @example entriesToXml(new Map([["at", '"2021-03-05"']]))
 * // → '<b:baocao xmlns:b="urn:baocao:report:1" schema="2"><e k="at">&quot;2021-03-05&quot;</e></b:baocao>'
 */
export function entriesToXml(entries: MetadataEntries): string {
  let body = "";
  for (const [key, value] of entries) body += entryXml(key, value);
  return `<b:baocao xmlns:b="${METADATA_NAMESPACE}" schema="2">${body}</b:baocao>`;
}

const ENTRY = /<(?:[\w.-]+:)?e\s+k=(?:"([^"]*)"|'([^']*)')\s*(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?e>)/g;

/** Reads the part in either form; anything else, or damaged, is `undefined`. */
export function readMetadataXml(xml: string): StoredMetadata | undefined {
  if (!xml.includes(METADATA_NAMESPACE)) return undefined;
  if (/<(?:[\w.-]+:)?state>/.test(xml)) {
    const metadata = metadataFromXml(xml);
    return metadata && { metadata, form: "json", entries: new Map(), propertyKeys: [] };
  }
  const entries = new Map<string, string>();
  for (const match of xml.matchAll(ENTRY)) {
    entries.set(unescapeXml(match[1] ?? match[2] ?? ""), unescapeXml(match[3] ?? ""));
  }
  const metadata = metadataFromEntries(entries);
  return metadata && { metadata, form: "entries", entries, propertyKeys: [] };
}

/** The entries form on WordApi 1.3: `baocao.m.<key>`, continued in `baocao.m.<key>#1`, `#2`… past 240 characters. */
export const ENTRY_PROPERTY_PREFIX = "baocao.m.";

/**
 * The properties one entry occupies: its first chunk under its own key, the rest under `#1`, `#2`….
 *
 * @example entryProperties("at", '"2021"') // → [["baocao.m.at", '"2021"']]
 */
export function entryProperties(key: string, value: string): readonly (readonly [string, string])[] {
  const base = `${ENTRY_PROPERTY_PREFIX}${key}`;
  const out: (readonly [string, string])[] = [];
  for (let i = 0; i === 0 || i * PROPERTY_CHUNK < value.length; i += 1) {
    out.push([i === 0 ? base : `${base}#${i}`, value.slice(i * PROPERTY_CHUNK, (i + 1) * PROPERTY_CHUNK)]);
  }
  return out;
}

/** Reads the properties in either form (`properties`: every custom property, key → value). */
export function readMetadataProperties(properties: ReadonlyMap<string, string>): StoredMetadata | undefined {
  const propertyKeys = [...properties.keys()].filter(
    (k) => k.startsWith(ENTRY_PROPERTY_PREFIX) || k.startsWith(PROPERTY_PREFIX),
  );
  if (!properties.has(`${ENTRY_PROPERTY_PREFIX}head`)) {
    const metadata = metadataFromProperties((k) => properties.get(k));
    return metadata && { metadata, form: "json", entries: new Map(), propertyKeys };
  }
  const chunks = new Map<string, string[]>();
  for (const key of propertyKeys) {
    if (!key.startsWith(ENTRY_PROPERTY_PREFIX)) continue;
    const [name = "", index = "0"] = key.slice(ENTRY_PROPERTY_PREFIX.length).split("#");
    const list = chunks.get(name) ?? [];
    list[Number(index)] = properties.get(key) ?? "";
    chunks.set(name, list);
  }
  const entries = new Map<string, string>();
  for (const [name, list] of chunks) {
    // A missing continuation is a damaged entry: the whole metadata is then unreadable, never half-read.
    for (let i = 0; i < list.length; i += 1) if (list[i] === undefined) return undefined;
    entries.set(name, list.join(""));
  }
  const metadata = metadataFromEntries(entries);
  return metadata && { metadata, form: "entries", entries, propertyKeys };
}

/** Why the metadata a document holds cannot be read (it is there, under baocao's namespace or prefixes). */
export type MetadataDamage = "notWellFormed" | "invalidJson" | "badPeriod" | "incomplete";

const VALID_PERIOD = /^\d{4}-(Q1|H1|M9|Y)$/;

/** Damage in what was read: a period that does not exist is as unusable as a text that does not parse. */
const readDamage = (read: StoredMetadata | undefined, entries: ReadonlyMap<string, string>): MetadataDamage | undefined => {
  if (read) return VALID_PERIOD.test(read.metadata.period) ? undefined : "badPeriod";
  if (entries.size > 0 && !entries.has("head")) return "incomplete";
  return "invalidJson";
};

/**
 * Why the custom XML part holding baocao's namespace cannot be read, or undefined when it reads (or holds
 * none of ours): damage is reported as damage, never taken as "no metadata" (which would make every figure
 * look hand-edited).
 */
export function xmlMetadataDamage(xml: string): MetadataDamage | undefined {
  if (!xml.includes(METADATA_NAMESPACE)) return undefined;
  if (!/<\/(?:[\w.-]+:)?baocao>\s*$/.test(xml) && !/<(?:[\w.-]+:)?baocao\b[^>]*\/>\s*$/.test(xml)) return "notWellFormed";
  const entries = new Map<string, string>();
  for (const match of xml.matchAll(ENTRY)) entries.set(unescapeXml(match[1] ?? match[2] ?? ""), "");
  return readDamage(readMetadataXml(xml), /<(?:[\w.-]+:)?state>/.test(xml) ? new Map([["head", ""]]) : entries);
}

/** Why baocao's custom properties (WordApi 1.3) cannot be read, or undefined when they read (or there are none). */
export function propertiesMetadataDamage(properties: ReadonlyMap<string, string>): MetadataDamage | undefined {
  const ours = [...properties.keys()].filter((k) => k.startsWith(ENTRY_PROPERTY_PREFIX) || k.startsWith(PROPERTY_PREFIX));
  if (ours.length === 0) return undefined;
  const entryNames = new Map(
    ours.filter((k) => k.startsWith(ENTRY_PROPERTY_PREFIX)).map((k) => [k.slice(ENTRY_PROPERTY_PREFIX.length).split("#")[0] ?? "", ""]),
  );
  const jsonForm = !properties.has(`${ENTRY_PROPERTY_PREFIX}head`) && ours.some((k) => k.startsWith(PROPERTY_PREFIX));
  return readDamage(readMetadataProperties(properties), jsonForm ? new Map([["head", ""]]) : entryNames);
}
