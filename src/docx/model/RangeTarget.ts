/**
 * What a Range proxy stands for. Word ranges are character positions; here a range is one of: a whole element
 * (a paragraph, a control, a table), the content of a container, a span of sibling nodes (what search and
 * insertText return) or a collapsed point. Spans are always siblings, so a range can never half-cover a control.
 */
import { isElement, type XElement, type XNode } from "../xml/xmlDom";
import { contentEnd, contentNodes, contentStart, isConnected, type Point } from "./structure";
import { textOfNodes } from "./readText";

export type RangeTarget =
  | { readonly kind: "element"; readonly el: XElement }
  | { readonly kind: "content"; readonly el: XElement }
  | SpanTarget
  | { readonly kind: "point"; readonly parent: XElement; readonly before: XNode | null };

/**
 * A span is mutable: when a run at its end is split (search) the span follows the right half, and when its
 * nodes are wrapped in a new control its parent becomes the control's content (see SpanRegistry).
 */
export type SpanTarget = { readonly kind: "span"; parent: XElement; first: XNode; last: XNode };

export type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";
export type RangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";

/** The nodes a range covers, in order. */
export function rangeNodes(t: RangeTarget): XNode[] {
  switch (t.kind) {
    case "element":
      return [t.el];
    case "content":
      return contentNodes(t.el);
    case "span": {
      const out: XNode[] = [];
      for (let n: XNode | null = t.first; n; n = n.nextSibling) {
        if (isElement(n)) out.push(n);
        if (n === t.last) break;
      }
      return out;
    }
    case "point":
      return [];
  }
}

export function rangeText(t: RangeTarget): string {
  return textOfNodes(rangeNodes(t));
}

export function isRangeAlive(t: RangeTarget): boolean {
  switch (t.kind) {
    case "element":
    case "content":
      return isConnected(t.el);
    case "span":
      return t.first.parentNode === t.parent && t.last.parentNode === t.parent && isConnected(t.parent);
    case "point":
      return isConnected(t.parent) && (t.before === null || t.before.parentNode === t.parent);
  }
}

/** The point where content goes for Start/End/Before/After relative to a range. */
export function pointOf(t: RangeTarget, location: Exclude<InsertLocation, "Replace">): Point {
  const atStart = location === "Start" || location === "Before";
  switch (t.kind) {
    case "element":
      if (location === "Before") return { parent: t.el.parentNode as XElement, before: t.el };
      if (location === "After") return { parent: t.el.parentNode as XElement, before: t.el.nextSibling };
      return atStart ? contentStart(t.el) : contentEnd(t.el);
    case "content":
      return atStart ? contentStart(t.el) : contentEnd(t.el);
    case "span":
      return atStart ? { parent: t.parent, before: t.first } : { parent: t.parent, before: t.last.nextSibling };
    case "point":
      return { parent: t.parent, before: t.before };
  }
}

/** A range made of the inserted nodes (or the point where nothing was inserted). */
export function spanOf(point: Point, nodes: readonly XNode[]): RangeTarget {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return { kind: "point", parent: point.parent, before: point.before };
  if (first.parentNode !== last.parentNode) return { kind: "element", el: first as XElement };
  return { kind: "span", parent: first.parentNode as XElement, first, last };
}

/** Sub-range of a range for getRange(location). */
export function subRange(t: RangeTarget, location: RangeLocation): RangeTarget {
  if (location === "Whole") return t;
  if (location === "Content") return t.kind === "element" ? { kind: "content", el: t.el } : t;
  const p = pointOf(t, location);
  return { kind: "point", parent: p.parent, before: p.before };
}
