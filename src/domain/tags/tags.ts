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

/** The prefix shared by every tag of one kind, for `getByTag`-free scans that filter by kind. */
export const tagPrefix = (kind: TagKind): string => `${PREFIX}:${kind}:`;
