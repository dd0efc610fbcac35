/**
 * What may go where in WordprocessingML. A point in the document is inside a parent element whose content
 * model is inline (runs: a paragraph, the content of an inline control), block (paragraphs and tables: the
 * body, a cell, the content of a block control), rows (a table) or cells (a row). Everything the host inserts
 * is checked against this, so it never writes a paragraph inside a run-level control.
 */
import { NS } from "../xml/namespaces";
import { isElement, isW, type XElement, type XNode } from "../xml/xmlDom";

export type ContentModel = "inline" | "block" | "rows" | "cells";

const INLINE_PARENTS = new Set(["p", "hyperlink", "smartTag", "fldSimple", "ins", "moveTo", "dir", "bdo"]);
const BLOCK_PARENTS = new Set(["body", "tc", "hdr", "ftr", "txbxContent", "footnote", "endnote", "comment", "docPartBody"]);

export function contentModelOf(parent: XElement): ContentModel {
  if (parent.namespaceURI === NS.w) {
    const name = parent.localName ?? "";
    if (INLINE_PARENTS.has(name)) return "inline";
    if (BLOCK_PARENTS.has(name)) return "block";
    if (name === "tbl") return "rows";
    if (name === "tr") return "cells";
    if ((name === "sdtContent" || name === "customXml") && isElement(parent.parentNode)) {
      const owner = name === "sdtContent" ? parent.parentNode : parent;
      if (isElement(owner.parentNode)) return contentModelOf(owner.parentNode);
    }
  }
  return "block";
}

/** The element whose children are the content of `el` (a control's content lives in its sdtContent). */
export function contentParentOf(el: XElement): XElement {
  if (isW(el, "sdt")) {
    for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, "sdtContent")) return c;
    const content = el.ownerDocument!.createElementNS(NS.w, "w:sdtContent");
    el.appendChild(content);
    return content;
  }
  return el;
}

const PROPERTY_CHILDREN = new Set(["pPr", "rPr", "tcPr", "trPr", "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr"]);

/** Property elements (pPr, tcPr…, and the body's final sectPr) are not content. */
export function isPropertyChild(node: XNode): boolean {
  if (!isElement(node) || node.namespaceURI !== NS.w) return false;
  if (node.localName === "sectPr") return isW(node.parentNode, "body");
  return PROPERTY_CHILDREN.has(node.localName ?? "");
}

/** Content children of an element, in order. */
export function contentNodes(el: XElement): XNode[] {
  const parent = contentParentOf(el);
  const out: XNode[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) if (!isPropertyChild(c) && isElement(c)) out.push(c);
  return out;
}

/** Where new content goes: inside `parent`, before `before` (null: at the end). */
export type Point = { readonly parent: XElement; readonly before: XNode | null };

export function contentStart(el: XElement): Point {
  const parent = contentParentOf(el);
  let c = parent.firstChild;
  while (c && (isPropertyChild(c) || !isElement(c))) c = c.nextSibling;
  return { parent, before: c };
}

export function contentEnd(el: XElement): Point {
  const parent = contentParentOf(el);
  // The body's sectPr stays last.
  let before: XNode | null = null;
  for (let c = parent.lastChild; c; c = c.previousSibling) {
    if (isW(c, "sectPr") && isW(parent, "body")) {
      before = c;
      break;
    }
    if (isElement(c)) break;
  }
  return { parent, before };
}

/** True while the node is still in its document (a proxy to a removed node must fail). */
export function isConnected(node: XNode): boolean {
  for (let n: XNode | null = node; n; n = n.parentNode) if (n.nodeType === 9) return true;
  return false;
}

/** The paragraph that contains `node` (or is it), if any. */
export function enclosingParagraph(node: XNode | null): XElement | null {
  for (let n = node; n; n = n.parentNode) if (isW(n, "p")) return n;
  return null;
}

/** True when `node` is or contains a content control. */
export function containsSdt(node: XNode): boolean {
  if (isW(node, "sdt")) return true;
  for (let c = node.firstChild; c; c = c.nextSibling) if (isElement(c) && containsSdt(c)) return true;
  return false;
}
