import type { Block, Inline, Section } from "../../../src/domain/template/types";

/** Test helpers over the outline: not used by the add-in. */

export type Located = { readonly section: Section; readonly parentId: string | undefined };

/** Every section, depth-first in document order, with its parent's id. */
export function allSections(sections: readonly Section[], parentId?: string): Located[] {
  return sections.flatMap((section) => [{ section, parentId }, ...allSections(section.children, section.id)]);
}

/** Every inline of a section's own heading and paragraphs (not its children's). */
export function ownInlines(section: Section): Inline[] {
  const body = section.body.flatMap((b: Block) => (b.kind === "para" ? b.content : []));
  return [...(section.heading ?? []), ...body];
}

export type SlotText = (slot: Extract<Inline, { kind: "fig" | "per" }>) => string;

export const inlineText = (content: readonly Inline[], slotText: SlotText): string =>
  content
    .map((i) => (i.kind === "text" ? i.text : i.kind === "fig" || i.kind === "per" ? slotText(i) : ""))
    .join("");

/**
 * The lines the renderer prints, in document order: "number heading", then each paragraph with its bullet
 * character; a run-in item's number starts its first paragraph. Tables are left out.
 */
export function printedLines(sections: readonly Section[], slotText: SlotText): string[] {
  return sections.flatMap((section) => {
    const lines: string[] = [];
    if (section.heading) lines.push(`${section.number} ${inlineText(section.heading, slotText)}`);
    let first = true;
    for (const block of section.body) {
      if (block.kind !== "para") continue;
      let text = inlineText(block.content, slotText);
      if (block.bullet) text = `${block.bullet} ${text}`;
      if (section.runIn === true && first) text = `${section.number} ${text}`;
      first = false;
      lines.push(text);
    }
    return [...lines, ...printedLines(section.children, slotText)];
  });
}

/** The seed's wrapped lines as one text: NFC, whitespace collapsed, a symbol broken after "-" re-joined. */
export function joinSeedLines(lines: readonly string[]): string {
  let text = "";
  for (const raw of lines) {
    const line = raw.normalize("NFC").replace(/\s+/g, " ").trim();
    if (line === "") continue;
    text = text === "" ? line : /[\p{L}\p{N}]-$/u.test(text) ? text + line : `${text} ${line}`;
  }
  return text;
}

/** Length of the longest common subsequence of two word lists (words as numbers; two rows of the table). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const ids = new Map<string, number>();
  const encode = (list: readonly string[]): Uint32Array =>
    Uint32Array.from(list, (w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1));
  const x = encode(a);
  const y = encode(b);
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 0; i < x.length; i++) {
    const wordA = x[i];
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j] as number;
      const left = cur[j - 1] as number;
      cur[j] = wordA === y[j - 1] ? (prev[j - 1] as number) + 1 : up > left ? up : left;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length] as number;
}

export const words = (text: string): string[] =>
  text
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => w !== "");
