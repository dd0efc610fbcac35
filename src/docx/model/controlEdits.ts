/**
 * Creating, deleting and clearing content controls. A new control wraps exactly the nodes of a range: runs
 * become a run-level control, paragraphs and tables a block-level one; it gets a fresh id and no other
 * property, so it is a rich-text control with Word's default appearance (bounding box).
 */
import { DocxError } from "../api/DocxError";
import { isElement, isW, wEl, type XElement } from "../xml/xmlDom";
import { assertDeletable, assertEditable, assertRemovable } from "./locks";
import { normalizeAround } from "./normalize";
import { rangeNodes, pointOf, type RangeTarget } from "./RangeTarget";
import { setId, sdtContent, sdtPr } from "./sdtProperties";
import { contentModelOf, contentNodes, contentParentOf, isPropertyChild } from "./structure";
import { sdtLevel } from "./sdtType";
import { formattingFor } from "./formatting";
import type { WordDocument } from "./WordDocument";

export function wrapInControl(doc: WordDocument, target: RangeTarget): XElement {
  const nodes = rangeNodes(target);
  const point = nodes[0]
    ? { parent: nodes[0].parentNode as XElement, before: nodes[0] }
    : pointOf(target, "Start");
  const model = contentModelOf(point.parent);
  if (model === "rows" || model === "cells") {
    throw new DocxError("GeneralException", "A content control cannot be inserted around table rows or cells here.");
  }
  assertEditable(point.parent);
  const sdt = wEl(doc.dom, "sdt");
  setId(sdt, doc.allocateSdtId());
  sdtPr(sdt);
  const content = sdtContent(sdt);
  point.parent.insertBefore(sdt, point.before);
  for (const n of nodes) content.appendChild(n);
  if (nodes[0]) doc.spans.reparented(nodes[0], content);
  if (nodes.length === 0 && model === "block") content.appendChild(wEl(doc.dom, "p"));
  doc.ccIndex.invalidate();
  return sdt;
}

/** `delete(keepContent)`: keep the content in place of the control, or remove both. */
export function deleteControl(doc: WordDocument, sdt: XElement, keepContent: boolean): void {
  assertDeletable(sdt);
  if (!keepContent) assertRemovable(contentNodes(sdt));
  const parent = sdt.parentNode as XElement;
  if (keepContent) {
    const content = contentParentOf(sdt);
    for (let c = content.firstChild; c; c = content.firstChild) parent.insertBefore(c, sdt);
  }
  parent.removeChild(sdt);
  doc.ccIndex.invalidate();
  normalizeAround(parent);
}

/** `clear()`: empty the content, keep the control (a block control keeps one empty paragraph, formatted). */
export function clearControl(doc: WordDocument, sdt: XElement): void {
  assertEditable(contentParentOf(sdt));
  const nodes = contentNodes(sdt);
  assertRemovable(nodes);
  const fmt = formattingFor(nodes, { parent: contentParentOf(sdt), previous: null });
  const content = contentParentOf(sdt);
  for (let c = content.firstChild; c; ) {
    const next = c.nextSibling;
    if (!(isElement(c) && isPropertyChild(c))) content.removeChild(c);
    c = next;
  }
  doc.noteChanged(nodes);
  if (sdtLevel(sdt) === "block") {
    const p = wEl(doc.dom, "p");
    if (fmt.pPr) p.appendChild(fmt.pPr);
    content.appendChild(p);
  }
}

/** `body.clear()` / cell clearing: remove all content, leave one empty paragraph (and the section properties). */
export function clearContainer(doc: WordDocument, container: XElement): void {
  assertEditable(container);
  const nodes = contentNodes(container);
  assertRemovable(nodes);
  for (const n of nodes) n.parentNode?.removeChild(n);
  doc.noteChanged(nodes);
  normalizeAround(isW(container, "sdt") ? contentParentOf(container) : container);
}
