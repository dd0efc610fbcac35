/**
 * The formatting new text takes: Word gives inserted text the formatting of the place it goes to. Here that is
 * the run properties of the first run being replaced (or the run before the insertion point, or the paragraph
 * mark's), and the paragraph properties of the paragraph it lands in (without its section break).
 */
import { isW, walkElements, wChild, type XElement, type XNode } from "../xml/xmlDom";
import { enclosingParagraph } from "./structure";

export type Formatting = { readonly pPr: XElement | null; readonly rPr: XElement | null };

/** rPr of the first (or last) run among the nodes; null when that run has none. */
function firstRunProps(nodes: readonly XNode[], last: boolean): XElement | null {
  let found: XElement | null | undefined;
  const visit = (el: XElement): boolean => {
    if (found !== undefined && !last) return false;
    if (isW(el, "r")) {
      found = wChild(el, "rPr");
      return false;
    }
    return !isW(el, "pPr") && !isW(el, "sdtPr");
  };
  for (const n of nodes) {
    if (isW(n, "r")) visit(n);
    else walkElements(n, visit);
    if (found !== undefined && !last) break;
  }
  return found ?? null;
}

function firstParagraph(nodes: readonly XNode[]): XElement | null {
  for (const n of nodes) {
    if (isW(n, "p")) return n;
    let found: XElement | null = null;
    walkElements(n, (el) => {
      if (found) return false;
      if (isW(el, "p")) found = el;
      return !found;
    });
    if (found) return found;
  }
  return null;
}

/** Clean copies: no revision marks, no section break. */
function cleanCopy(el: XElement | null, drop: readonly string[]): XElement | null {
  if (!el) return null;
  const copy = el.cloneNode(true) as XElement;
  for (const name of drop) {
    const child = wChild(copy, name);
    if (child) copy.removeChild(child);
  }
  return copy;
}

/**
 * Formatting for content placed among `nodes` (being replaced) or at a point whose parent is `parent` and
 * which follows `previous`.
 */
export function formattingFor(nodes: readonly XNode[], at: { parent: XNode; previous: XNode | null }, atEnd = false): Formatting {
  const paragraph = firstParagraph(nodes) ?? enclosingParagraph(at.parent) ?? firstParagraph([at.parent]);
  const pPr = paragraph ? wChild(paragraph, "pPr") : null;
  let rPr = firstRunProps(nodes, atEnd);
  if (!rPr && at.previous) rPr = firstRunProps([at.previous], true);
  // An empty control: its own run properties (sdtPr/rPr), else the text just before it.
  const sdt = isW(at.parent, "sdtContent") ? at.parent.parentNode : null;
  if (!rPr && sdt && isW(sdt, "sdt")) {
    const pr = wChild(sdt, "sdtPr");
    rPr = (pr ? wChild(pr, "rPr") : null) ?? (sdt.previousSibling ? firstRunProps([sdt.previousSibling], true) : null);
  }
  if (!rPr && paragraph) rPr = firstRunProps([paragraph], atEnd);
  if (!rPr && pPr) rPr = wChild(pPr, "rPr");
  return { pPr: cleanCopy(pPr, ["sectPr", "pPrChange"]), rPr: cleanCopy(rPr, ["ins", "del", "rPrChange", "moveFrom", "moveTo"]) };
}
