/**
 * The number Word draws in front of a list paragraph (`ListItem.listString`, `level`, `siblingIndex`; WordApi
 * 1.3), worked out from the package as Word does (ECMA-376 Part 1, §17.9 Numbering):
 * - a paragraph's numbering is its own `w:numPr`, else its style's (following `w:basedOn`); `w:numId` 0 is none;
 * - `w:num` points at an `w:abstractNum` whose `w:lvl` gives `w:start`, `w:numFmt` and `w:lvlText` ("%1.%2.");
 *   a `w:lvlOverride/w:startOverride` restarts that level where the `w:num` is first used (§17.9.26);
 * - paragraphs of the same abstract list count on, in document order (tables included); a level counting on
 *   resets the levels below it (`w:lvlRestart` absent, §17.9.10); `w:isLgl` shows every level as decimal.
 * Formats beyond decimal, zero-padded decimal, roman, letters, bullet and none are drawn as decimal.
 */
import type { WordDocument } from "./WordDocument";
import { elementChildren, isW, walkElements, wAttr, wChild, type XElement } from "../xml/xmlDom";

export type ListNumber = {
  readonly listString: string;
  readonly level: number;
  /** 0-based position among the items of its level since the level above last counted on. */
  readonly siblingIndex: number;
};

type Level = { readonly start: number; readonly format: string; readonly text: string; readonly legal: boolean };

const ROMAN: readonly [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  let out = "";
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** "a" … "z", then "aa" … "zz" (Word repeats the letter). */
const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

function drawn(n: number, format: string): string {
  switch (format) {
    case "upperRoman": return roman(n).toUpperCase();
    case "lowerRoman": return roman(n);
    case "upperLetter": return letter(n).toUpperCase();
    case "lowerLetter": return letter(n);
    case "decimalZero": return n < 10 ? `0${n}` : String(n);
    case "none": return "";
    default: return String(n);
  }
}

function levelsOf(abstract: XElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elementChildren(abstract)) {
    if (!isW(lvl, "lvl")) continue;
    const start = wChild(lvl, "start");
    const format = wChild(lvl, "numFmt");
    const text = wChild(lvl, "lvlText");
    levels.set(Number(wAttr(lvl, "ilvl") ?? 0), {
      start: start ? Number(wAttr(start) ?? 1) : 1,
      format: (format && wAttr(format)) ?? "decimal",
      text: (text && wAttr(text)) ?? "",
      legal: !!wChild(lvl, "isLgl"),
    });
  }
  return levels;
}

type Instance = {
  readonly abstractId: string;
  readonly levels: Map<number, Level>;
  readonly restarts: Map<number, number>;
};

/** `w:num` id → its abstract list and start overrides. */
function instances(numbering: XElement): Map<string, Instance> {
  const abstracts = new Map<string, XElement>();
  for (const el of elementChildren(numbering))
    if (isW(el, "abstractNum")) abstracts.set(wAttr(el, "abstractNumId") ?? "", el);
  const out = new Map<string, Instance>();
  for (const num of elementChildren(numbering)) {
    if (!isW(num, "num")) continue;
    const abstractId = wAttr(wChild(num, "abstractNumId")) ?? "";
    const abstract = abstracts.get(abstractId);
    if (!abstract) continue;
    const restarts = new Map<number, number>();
    for (const o of elementChildren(num)) {
      const start = isW(o, "lvlOverride") ? wChild(o, "startOverride") : null;
      if (start) restarts.set(Number(wAttr(o, "ilvl") ?? 0), Number(wAttr(start) ?? 1));
    }
    out.set(wAttr(num, "numId") ?? "", { abstractId, levels: levelsOf(abstract), restarts });
  }
  return out;
}

/** A style's numbering, following `w:basedOn` (at most 20 steps: a cycle is not numbering). */
function styleNumbering(styles: Map<string, XElement>, styleId: string | null): { numId?: string; ilvl?: number } {
  for (let id = styleId, steps = 0; id && steps < 20; steps++) {
    const style = styles.get(id);
    if (!style) break;
    const numPr = wChild(wChild(style, "pPr") ?? style, "numPr");
    const numId = numPr && wAttr(wChild(numPr, "numId"));
    if (numPr && numId !== null) {
      const ilvl = wAttr(wChild(numPr, "ilvl"));
      return { numId, ...(ilvl !== null ? { ilvl: Number(ilvl) } : {}) };
    }
    id = wAttr(wChild(style, "basedOn"));
  }
  return {};
}

/** Every numbered paragraph of the body and the number Word draws for it. */
function computeListNumbers(doc: WordDocument): Map<XElement, ListNumber> {
  const out = new Map<XElement, ListNumber>();
  const nums = instances(doc.numbering.documentElement!);
  if (nums.size === 0) return out;
  const styles = new Map<string, XElement>();
  for (const s of elementChildren(doc.styles.documentElement!))
    if (isW(s, "style") && wAttr(s, "type") === "paragraph") styles.set(wAttr(s, "styleId") ?? "", s);
  const counters = new Map<string, number[]>();
  const siblings = new Map<string, number[]>();
  const used = new Set<string>();
  walkElements(doc.body, (p) => {
    if (!isW(p, "p")) return;
    const pPr = wChild(p, "pPr");
    const own = pPr ? wChild(pPr, "numPr") : null;
    const fromStyle = styleNumbering(styles, pPr ? wAttr(wChild(pPr, "pStyle")) : null);
    const numId = (own && wAttr(wChild(own, "numId"))) ?? fromStyle.numId;
    const ownLevel = own && wAttr(wChild(own, "ilvl"));
    const level = ownLevel !== null && ownLevel !== undefined ? Number(ownLevel) : (fromStyle.ilvl ?? 0);
    const num = numId && numId !== "0" ? nums.get(numId) : undefined;
    const def = num?.levels.get(level);
    if (!num || !def) return;
    const count = counters.get(num.abstractId) ?? [];
    const sibling = siblings.get(num.abstractId) ?? [];
    if (!used.has(numId!)) {
      used.add(numId!);
      for (const [l, start] of num.restarts) if (l !== level) count[l] = start - 1;
      const restart = num.restarts.get(level);
      if (restart !== undefined) {
        count[level] = restart - 1;
        sibling[level] = -1;
      }
    }
    count[level] = (count[level] ?? (def.start - 1)) + 1;
    sibling[level] = (sibling[level] ?? -1) + 1;
    count.length = level + 1;
    sibling.length = level + 1;
    counters.set(num.abstractId, count);
    siblings.set(num.abstractId, sibling);
    const listString = def.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const n = count[l] ?? num.levels.get(l)?.start ?? 1;
      return drawn(n, def.legal ? "decimal" : (num.levels.get(l)?.format ?? "decimal"));
    });
    out.set(p, { listString: def.format === "bullet" ? def.text : listString, level, siblingIndex: sibling[level] ?? 0 });
  });
  return out;
}

const cache = new WeakMap<WordDocument, { readonly serial: number; readonly numbers: Map<XElement, ListNumber> }>();

/** The list number of a paragraph, or null when it is not a list item; worked out once per command. */
export function listNumberOf(doc: WordDocument, paragraph: XElement): ListNumber | null {
  let hit = cache.get(doc);
  if (!hit || hit.serial !== doc.commandSerial) {
    hit = { serial: doc.commandSerial, numbers: computeListNumbers(doc) };
    cache.set(doc, hit);
  }
  return hit.numbers.get(paragraph) ?? null;
}
