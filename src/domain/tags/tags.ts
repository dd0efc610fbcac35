/**
 * The one place where content-control tags are spelled (DESIGN.md, "The document contract").
 * Every other module builds and reads tags through these functions.
 */

export type TagKind = "sec" | "fig" | "tbl" | "per" | "hdr";

export type ParsedTag = { readonly kind: TagKind; readonly name: string };

const PREFIX = "bc";
const MAX_TAG_LENGTH = 64;
const KINDS: readonly TagKind[] = ["sec", "fig", "tbl", "per", "hdr"];

function build(kind: TagKind, name: string): string {
  const tag = `${PREFIX}:${kind}:${name}`;
  // Word accepts longer tags, but DESIGN.md keeps them short and ASCII so they survive every host.
  if (tag.length > MAX_TAG_LENGTH || !/^[\x21-\x7e]+$/.test(tag)) {
    throw new Error(`Tag "${tag}" is not short ASCII`);
  }
  return tag;
}

/** @example sectionTag("II.2.2.2.a") // → "bc:sec:II.2.2.2.a" */
export const sectionTag = (sectionId: string): string => build("sec", sectionId);
/** @example figureTag("II.2.2.1.onTimeRatePct") // → "bc:fig:II.2.2.1.onTimeRatePct" */
export const figureTag = (fieldKey: string): string => build("fig", fieldKey);
/** @example tableTag("T2") // → "bc:tbl:T2" */
export const tableTag = (tableId: string): string => build("tbl", tableId);
/** @example periodTag("label") // → "bc:per:label" */
export const periodTag = (slot: string): string => build("per", slot);
/** @example headerTag("docNumber") // → "bc:hdr:docNumber" */
export const headerTag = (field: string): string => build("hdr", field);

/**
 * Reads a tag written by the add-in; anything else (another add-in's control, a clerk's own) is `undefined`.
 * @example parseTag("bc:fig:II.1.vbqpplDraftsRegistered") // → { kind: "fig", name: "II.1.vbqpplDraftsRegistered" }
 */
export function parseTag(tag: string | null | undefined): ParsedTag | undefined {
  if (!tag) return undefined;
  const [prefix, kind, ...rest] = tag.split(":");
  const name = rest.join(":");
  if (prefix !== PREFIX || !KINDS.includes(kind as TagKind) || name === "") return undefined;
  return { kind: kind as TagKind, name };
}

/** A table body row as cell tags count it: data rows from 1, or the total row. */
export type CellRow = number | "total";

/** A table cell named by its figure tag: table, row (data rows from 1, or `"total"`), column key. */
export type CellAddress = { readonly table: string; readonly row: CellRow; readonly column: string };

const CELL_NAME = /^(T\d+)\.r(\d+|Total)\.(\w+)$/;

/**
 * The name of a table cell inside its figure tag, also template-spec's cell notation.
 * @example cellName("T2", 1, "c4") // → "T2.r1.c4"; cellName("T2", "total", "c5") // → "T2.rTotal.c5"
 */
export const cellName = (table: string, row: CellRow, column: string): string =>
  `${table}.${row === "total" ? "rTotal" : `r${row}`}.${column}`;

/** @example cellTag("T2", 1, "c4") // → "bc:fig:T2.r1.c4"; cellTag("T2", "total", "c5") // → "bc:fig:T2.rTotal.c5" */
export const cellTag = (table: string, row: CellRow, column: string): string =>
  figureTag(cellName(table, row, column));

/**
 * Reads a cell name ("T2.r1.c4"); a field key or anything else is `undefined`.
 * @example parseCellName("T2.rTotal.c5") // → { table: "T2", row: "total", column: "c5" }
 */
export function parseCellName(name: string): CellAddress | undefined {
  const match = CELL_NAME.exec(name);
  if (!match) return undefined;
  const [, table = "", row = "", column = ""] = match;
  const n = Number(row);
  if (row !== "Total" && !(Number.isSafeInteger(n) && n >= 1)) return undefined;
  return { table, row: row === "Total" ? "total" : n, column };
}

/**
 * Reads a cell's figure tag; any other tag (a field's figure, a section, another add-in's) is `undefined`.
 * @example parseCellTag("bc:fig:T2.r1.c4") // → { table: "T2", row: 1, column: "c4" }
 */
export function parseCellTag(tag: string | null | undefined): CellAddress | undefined {
  const parsed = parseTag(tag);
  return parsed?.kind === "fig" ? parseCellName(parsed.name) : undefined;
}
