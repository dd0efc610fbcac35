import type { Block, Inline, Section } from "../../types";

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
  content.map((i) => (i.kind === "text" ? i.text : i.kind === "fig" || i.kind === "per" ? slotText(i) : "")).join("");

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

/** Length of the longest common subsequence of two word lists (two rows of the table, so memory stays small). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (const wordA of a) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = wordA === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

export const words = (text: string): string[] => text.normalize("NFC").split(/\s+/).filter((w) => w !== "");
