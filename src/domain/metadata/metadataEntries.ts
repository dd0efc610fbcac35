import type { CellValue, FieldValue, Figures } from "../figures/schema";
import type { ReportMetadata } from "./ReportMetadata";

/**
 * The metadata as flat entries, key → JSON text, so that a refresh stores only the entries it changes: the head
 * (template, agency, period, window, source: small, one entry), the time of the last refresh (`at`), one entry
 * per written control text (`w:` + tag), one per prose figure (`f:` + key), one per table cell (`c:` +
 * table.row.column) and the number of rows of each table (`n:` + table). Three figures changed are a dozen
 * entries, whatever the size of the report. Values are JSON so that any character a control may hold (a line
 * break is U+000B in Word's text) stays storable in XML and in a property.
 */
export type MetadataEntries = ReadonlyMap<string, string>;

type Head = Omit<ReportMetadata, "written" | "figures" | "refreshedAt"> & {
  /** What Figures carries besides fields and tables (template, agency, period, window, date, source). */
  readonly figures?: Omit<Figures, "fields" | "tables">;
};

export const HEAD_KEY = "head";
const REFRESHED_AT_KEY = "at";

/**
 * @example
 * metadataToEntries({ schema: 1, templateId: "t", templateVersion: "1", agencyId: "a", period: "2021-Q1",
 *   written: { "bc:fig:k": "07" } }).get("w:bc:fig:k") // → '"07"' 
 */
export function metadataToEntries(meta: ReportMetadata): MetadataEntries {
  const { written, figures, refreshedAt, ...rest } = meta;
  const entries = new Map<string, string>();
  const head: Head = figures ? { ...rest, figures: withoutValues(figures) } : rest;
  entries.set(HEAD_KEY, JSON.stringify(head));
  if (refreshedAt) entries.set(REFRESHED_AT_KEY, JSON.stringify(refreshedAt));
  for (const [tag, text] of Object.entries(written)) entries.set(`w:${tag}`, JSON.stringify(text));
  if (figures) {
    for (const [key, value] of Object.entries(figures.fields)) entries.set(`f:${key}`, JSON.stringify(value));
    for (const [table, { rows }] of Object.entries(figures.tables)) {
      entries.set(`n:${table}`, String(rows.length));
      rows.forEach((row, i) => {
        for (const [column, value] of Object.entries(row)) entries.set(`c:${table}.${i}.${column}`, JSON.stringify(value));
      });
    }
  }
  return entries;
}

function withoutValues(figures: Figures): Omit<Figures, "fields" | "tables"> {
  const { fields: _fields, tables: _tables, ...rest } = figures;
  return rest;
}

/** The metadata back from its entries; no head, or a damaged entry, gives `undefined`. */
export function metadataFromEntries(entries: MetadataEntries): ReportMetadata | undefined {
  try {
    const headText = entries.get(HEAD_KEY);
    if (headText === undefined) return undefined;
    const head = JSON.parse(headText) as Partial<Head>;
    if (head.schema !== 1 || typeof head.templateId !== "string" || typeof head.period !== "string")
      return undefined;
    const written: Record<string, string> = {};
    const fields: Record<string, FieldValue> = {};
    const rows = new Map<string, Record<string, CellValue>[]>();
    const rowsOf = (table: string) => {
      const list = rows.get(table) ?? [];
      rows.set(table, list);
      return list;
    };
    for (const [key, value] of entries) {
      const kind = key.slice(0, 2);
      const name = key.slice(2);
      if (kind === "w:") written[name] = JSON.parse(value) as string;
      else if (kind === "f:") fields[name] = JSON.parse(value) as FieldValue;
      else if (kind === "n:") {
        const list = rowsOf(name);
        for (let i = list.length; i < Number(value); i += 1) list.push({});
      } else if (kind === "c:") {
        const [table = "", index = "", column = ""] = splitCell(name);
        const list = rowsOf(table);
        const i = Number(index);
        while (list.length <= i) list.push({});
        list[i]![column] = JSON.parse(value) as CellValue;
      }
    }
    const { figures: figuresHead, ...rest } = head as Head;
    const at = entries.get(REFRESHED_AT_KEY);
    const meta: ReportMetadata = { ...rest, ...(at ? { refreshedAt: JSON.parse(at) as string } : {}), written };
    if (!figuresHead) return meta;
    const tables = Object.fromEntries([...rows].map(([table, list]) => [table, { rows: list }]));
    return { ...meta, figures: { ...figuresHead, fields, tables } as Figures };
  } catch {
    return undefined;
  }
}

/** "T2.0.c4" → ["T2", "0", "c4"]: table ids and column keys hold no dot, row indexes are numbers. */
const splitCell = (name: string): string[] => {
  const first = name.indexOf(".");
  const second = name.indexOf(".", first + 1);
  return [name.slice(0, first), name.slice(first + 1, second), name.slice(second + 1)];
};

/** What a write must change to turn `before` into `after`: entries set (new or different) and entries removed. */
export type EntriesDiff = {
  readonly set: readonly (readonly [string, string])[];
  readonly removed: readonly string[];
};

/**
 * @example
 * diffEntries(new Map([["a", "1"], ["b", "2"]]), new Map([["a", "1"], ["c", "3"]]))
 * // → { set: [["c", "3"]], removed: ["b"] }
 */
export function diffEntries(before: MetadataEntries, after: MetadataEntries): EntriesDiff {
  const set: (readonly [string, string])[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) set.push([key, value]);
  const removed = [...before.keys()].filter((key) => !after.has(key));
  return { set, removed };
}
