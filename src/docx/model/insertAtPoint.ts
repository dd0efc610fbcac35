/**
 * Putting new content at a point. Inline content (runs) in a block container gets a paragraph of its own;
 * paragraphs at a point inside a paragraph split it (text merges into the halves, as typing Enter would);
 * paragraphs cannot go inside a run-level control or a hyperlink — that fails with InvalidArgument (choice:
 * Word would silently restructure the control; failing keeps controls as the template made them).
 */
import { DocxError } from "../api/DocxError";
import { isElement, isW, wEl, type XDocument, type XElement, type XNode } from "../xml/xmlDom";
import { contentModelOf, isPropertyChild, type Point } from "./structure";
import { runsForLine, splitParagraphs } from "./textToRuns";
import type { Formatting } from "./formatting";

export type Fragment = { readonly kind: "text"; readonly text: string } | { readonly kind: "blocks"; readonly blocks: readonly XElement[] };

function newParagraph(doc: XDocument, fmt: Formatting, line: string): XElement {
  const p = wEl(doc, "p");
  if (fmt.pPr) p.appendChild(fmt.pPr.cloneNode(true));
  for (const r of runsForLine(doc, line, fmt.rPr)) p.appendChild(r);
  return p;
}

function insertNodes(parent: XNode, nodes: readonly XNode[], before: XNode | null): void {
  for (const n of nodes) parent.insertBefore(n, before);
}

function hasContent(p: XElement): boolean {
  for (let c = p.firstChild; c; c = c.nextSibling) if (isElement(c) && !isPropertyChild(c)) return true;
  return false;
}

/** Split paragraph `p` before `before`: `p` keeps what precedes, the returned paragraph gets the rest. */
function splitParagraph(doc: XDocument, p: XElement, before: XNode | null): XElement {
  const right = wEl(doc, "p");
  const pPr = p.firstChild && isW(p.firstChild, "pPr") ? p.firstChild : null;
  if (pPr) {
    right.appendChild(pPr.cloneNode(true));
    // The section break belongs to the last half only.
    let sect: XNode | null = pPr.firstChild;
    while (sect && !isW(sect, "sectPr")) sect = sect.nextSibling;
    if (sect) pPr.removeChild(sect);
  }
  let n = before;
  while (n) {
    const next = n.nextSibling;
    right.appendChild(n);
    n = next;
  }
  p.parentNode!.insertBefore(right, p.nextSibling);
  return right;
}

/** Insert at `point`; returns the top-level nodes inserted (for the returned Range). */
export function insertAtPoint(doc: XDocument, point: Point, fragment: Fragment, fmt: Formatting): XNode[] {
  const model = contentModelOf(point.parent);
  if (model === "rows" || model === "cells") {
    throw new DocxError("InvalidArgument", "Content cannot be inserted between table rows or cells.");
  }
  if (fragment.kind === "text") {
    const lines = splitParagraphs(fragment.text);
    if (model === "block") {
      const paragraphs = lines.map((line) => newParagraph(doc, fmt, line));
      insertNodes(point.parent, paragraphs, point.before);
      return paragraphs;
    }
    if (lines.length === 1) {
      const runs = runsForLine(doc, lines[0]!, fmt.rPr);
      insertNodes(point.parent, runs, point.before);
      return runs;
    }
    if (!isW(point.parent, "p")) {
      throw new DocxError("InvalidArgument", "A paragraph break cannot be inserted inside an inline content control; use \"\\v\" for a line break.");
    }
    const p = point.parent;
    const right = splitParagraph(doc, p, point.before);
    insertNodes(p, runsForLine(doc, lines[0]!, fmt.rPr), null);
    const middle = lines.slice(1, -1).map((line) => newParagraph(doc, fmt, line));
    insertNodes(p.parentNode!, middle, right);
    const afterPPr = right.firstChild && isW(right.firstChild, "pPr") ? right.firstChild.nextSibling : right.firstChild;
    insertNodes(right, runsForLine(doc, lines[lines.length - 1]!, fmt.rPr), afterPPr);
    return [p, ...middle, right];
  }
  const blocks = fragment.blocks;
  if (model === "block") {
    insertNodes(point.parent, blocks, point.before);
    return [...blocks];
  }
  const only = blocks[0];
  if (blocks.length === 1 && only && isW(only, "p")) {
    const inline: XNode[] = [];
    for (let c = only.firstChild; c; c = c.nextSibling) if (isElement(c) && !isW(c, "pPr")) inline.push(c);
    insertNodes(point.parent, inline, point.before);
    return inline;
  }
  if (blocks.length === 0) return [];
  if (!isW(point.parent, "p")) {
    throw new DocxError("InvalidArgument", "Paragraphs or tables cannot be inserted inside an inline content control.");
  }
  const p = point.parent;
  const right = splitParagraph(doc, p, point.before);
  insertNodes(p.parentNode!, blocks, right);
  if (!hasContent(right) && !(right.firstChild && isW(right.firstChild, "pPr") && hasSectPr(right.firstChild))) {
    right.parentNode!.removeChild(right);
  }
  if (!hasContent(p)) p.parentNode!.removeChild(p);
  return [...blocks];
}

function hasSectPr(pPr: XNode): boolean {
  for (let c = pPr.firstChild; c; c = c.nextSibling) if (isW(c, "sectPr")) return true;
  return false;
}
