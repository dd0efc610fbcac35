/**
 * insertText / insertOoxml / insertParagraph relative to a range, with Word's location meanings: Before/After
 * put content outside the object, Start/End inside it, Replace replaces its content. Text at the Start/End of a
 * block container joins its first/last paragraph (Word: body.insertText(x, "End") extends the last paragraph)
 * instead of making a new one.
 */
import { isElement, isW, type XNode } from "../xml/xmlDom";
import { assertEditable, assertRemovable } from "./locks";
import { formattingFor } from "./formatting";
import { insertAtPoint, type Fragment } from "./insertAtPoint";
import { normalizeAround } from "./normalize";
import { pointOf, rangeNodes, spanOf, type InsertLocation, type RangeTarget } from "./RangeTarget";
import { contentEnd, contentModelOf, contentParentOf, contentStart, isPropertyChild, type Point } from "./structure";
import type { WordDocument } from "./WordDocument";

function previousContent(point: Point): XNode | null {
  let n = point.before ? point.before.previousSibling : point.parent.lastChild;
  while (n && (!isElement(n) || isPropertyChild(n))) n = n.previousSibling;
  return n;
}

function replacePoint(target: RangeTarget): Point {
  switch (target.kind) {
    case "element":
      return { parent: target.el.parentNode as Point["parent"], before: target.el };
    case "content":
      return contentStart(target.el);
    case "span":
      return { parent: target.parent, before: target.first };
    case "point":
      return { parent: target.parent, before: target.before };
  }
}

export function insertAt(doc: WordDocument, target: RangeTarget, location: InsertLocation, fragment: Fragment): RangeTarget {
  let point: Point;
  let fmt;
  if (location === "Replace") {
    const nodes = rangeNodes(target);
    const start = replacePoint(target);
    assertEditable(start.parent);
    assertRemovable(nodes);
    fmt = formattingFor(nodes, { parent: start.parent, previous: start.before?.previousSibling ?? null });
    const last = nodes[nodes.length - 1];
    const before = last ? last.nextSibling : start.before;
    for (const n of nodes) n.parentNode?.removeChild(n);
    doc.noteChanged(nodes);
    point = target.kind === "content" ? (before ? { parent: contentParentOf(target.el), before } : contentEnd(target.el)) : { parent: start.parent, before };
  } else {
    point = pointOf(target, location);
    assertEditable(point.parent);
    const edge = location === "Start" || location === "End";
    if (fragment.kind === "text" && edge && target.kind !== "span" && target.kind !== "point" && contentModelOf(point.parent) === "block") {
      if (location === "Start" && isW(point.before, "p")) point = contentStart(point.before);
      else if (location === "End") {
        const prev = previousContent(point);
        if (isW(prev, "p")) point = { parent: prev, before: null };
      }
    }
    fmt = formattingFor([], { parent: point.parent, previous: previousContent(point) }, location === "End");
  }
  const inserted = insertAtPoint(doc.dom, point, fragment, fmt);
  doc.noteChanged(inserted);
  normalizeAround(point.parent);
  return spanOf(point, inserted);
}
