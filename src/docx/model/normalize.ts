/**
 * Invariants Word relies on, restored after every edit: a cell, the body and a block control's content are
 * never empty, and a cell (and the body) ends with a paragraph, not a table — Word itself would add that
 * paragraph when opening the file, and LibreOffice/Word disagree on cells without one.
 */
import { isElement, isW, wEl, type XElement, type XNode } from "../xml/xmlDom";
import { contentModelOf, isPropertyChild } from "./structure";

function lastContent(el: XElement): XElement | null {
  for (let c = el.lastChild; c; c = c.previousSibling) if (isElement(c) && !isPropertyChild(c)) return c;
  return null;
}

function endsWithTable(el: XElement | null): boolean {
  if (!el) return false;
  if (isW(el, "tbl")) return true;
  if (isW(el, "sdt")) {
    const content = lastContent(el);
    return !!content && isW(content, "sdtContent") && endsWithTable(lastContent(content));
  }
  return false;
}

function isBlockContainer(el: XElement): boolean {
  if (isW(el, "tc") || isW(el, "body") || isW(el, "hdr") || isW(el, "ftr")) return true;
  return isW(el, "sdtContent") && contentModelOf(el) === "block";
}

/** Restore the invariants of the nearest block container around `node`. */
export function normalizeAround(node: XNode | null): void {
  let el: XNode | null = node;
  while (el && !(isElement(el) && isBlockContainer(el))) el = el.parentNode;
  if (!el || !isElement(el)) return;
  const last = lastContent(el);
  const needsParagraph = !last || ((isW(el, "tc") || isW(el, "body")) && endsWithTable(last));
  if (!needsParagraph) return;
  const p = wEl(el.ownerDocument!, "p");
  let before: XNode | null = null;
  if (isW(el, "body")) for (let c = el.lastChild; c; c = c.previousSibling) if (isW(c, "sectPr")) before = c;
  el.insertBefore(p, before);
}
