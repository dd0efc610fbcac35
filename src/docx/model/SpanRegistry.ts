/**
 * Keeps span ranges true while the document changes under them. A Word range is a stretch of characters, so it
 * survives edits around it; here a span names its first and last node, and two edits would break that: search
 * splitting the last run of an earlier range (the range must now end at the right half), and a new control
 * wrapping the span's nodes (the span's parent changes). Spans are indexed by their last node, so a split costs
 * a map lookup.
 */
import type { XElement, XNode } from "../xml/xmlDom";
import type { RangeTarget, SpanTarget } from "./RangeTarget";

export class SpanRegistry {
  private readonly byLast = new Map<XNode, Set<SpanTarget>>();
  private readonly byFirst = new Map<XNode, Set<SpanTarget>>();

  register(t: RangeTarget): RangeTarget {
    if (t.kind !== "span") return t;
    this.add(this.byLast, t.last, t);
    this.add(this.byFirst, t.first, t);
    return t;
  }

  private add(map: Map<XNode, Set<SpanTarget>>, key: XNode, t: SpanTarget): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(t);
  }

  /** `left` was split and `right` now holds its end: spans ending at `left` end at `right`. */
  runSplit(left: XNode, right: XNode): void {
    const spans = this.byLast.get(left);
    if (!spans) return;
    this.byLast.delete(left);
    for (const t of spans) {
      t.last = right;
      this.add(this.byLast, right, t);
    }
  }

  /** Nodes starting with `first` moved under `parent` (a new control's content). */
  reparented(first: XNode, parent: XElement): void {
    for (const t of this.byFirst.get(first) ?? []) if (t.first.parentNode === parent) t.parent = parent;
  }
}
