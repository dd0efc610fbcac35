/**
 * Word.Range over a RangeTarget (see model/RangeTarget.ts). Locations (API reference): insertText and
 * insertOoxml Replace|Start|End|Before|After, insertParagraph Before|After (for a range inside a paragraph the
 * new paragraph goes before/after that paragraph), getRange Whole|Start|End|After|Content.
 */
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import { checkLocation } from "./locations";
import { queueInsertOoxml, queueInsertParagraph, queueInsertText } from "./inserts";
import { ContentControlCollectionProxy } from "./ContentControlCollection";
import { ContentControlProxy } from "./ContentControl";
import { ParagraphCollectionProxy } from "./ParagraphCollection";
import { TableCollectionProxy } from "./TableCollection";
import { RangeCollectionProxy } from "./RangeCollection";
import { wrapInControl } from "../model/controlEdits";
import { isRangeAlive, pointOf, rangeNodes, rangeText, subRange, type RangeLocation, type RangeTarget } from "../model/RangeTarget";
import { paragraphsTouching, parentControl, tablesIn } from "../model/queries";
import { searchIn, type SearchOptions } from "../model/search";
import { contentModelOf, enclosingParagraph, type Point } from "../model/structure";
import { assertEditable, assertRemovable } from "../model/locks";
import { normalizeAround } from "../model/normalize";
import { isInside, isW, type XElement, type XNode } from "../xml/xmlDom";
import type { WordDocument } from "../model/WordDocument";
import { isListedControl } from "../model/sdtType";
import { getId, getTag, getTitle } from "../model/sdtProperties";
import { DocxError } from "./DocxError";

/** The nodes from the first of `a` to the last of `b`, lifted to siblings under their nearest common parent. */
function spanBetween(a: RangeTarget, b: RangeTarget): RangeTarget {
  const first = rangeNodes(a)[0];
  const last = rangeNodes(b).at(-1);
  if (!first || !last) throw new DocxError("InvalidArgument", "Range.expandTo: an empty range cannot be expanded.");
  const chain = (n: XNode): XNode[] => {
    const out: XNode[] = [];
    for (let x: XNode | null = n; x; x = x.parentNode) out.unshift(x);
    return out;
  };
  const ca = chain(first);
  const cb = chain(last);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) throw new DocxError("InvalidArgument", "Range.expandTo: the ranges are in different documents.");
  if (i === ca.length || i === cb.length) return { kind: "element", el: (i === ca.length ? first : last) as XElement };
  const parent = ca[i - 1] as XElement;
  let from = ca[i] as XNode;
  let to = cb[i] as XNode;
  for (let n: XNode | null = to.nextSibling; n; n = n.nextSibling) {
    if (n === from) {
      [from, to] = [to, from];
      break;
    }
  }
  return { kind: "span", parent, first: from, last: to };
}

function parentOf(t: RangeTarget): XNode {
  return t.kind === "element" ? (t.el.parentNode ?? t.el) : t.kind === "content" ? t.el : t.parent;
}

export class RangeProxy extends ProxyObject<RangeTarget> {
  protected typeName(): string {
    return "Range";
  }

  protected override isAlive(t: RangeTarget): boolean {
    return isRangeAlive(t);
  }

  private get doc(): WordDocument {
    return this.context.model;
  }

  protected scalarGetters(): ScalarGetters<RangeTarget> {
    return {
      text: (t) => rangeText(t),
      isEmpty: (t) => rangeText(t) === "",
    };
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return {
      contentControls: () => this.contentControls as ProxyObject<unknown>,
      paragraphs: () => this.paragraphs as ProxyObject<unknown>,
    };
  }

  get text(): string { return this.prop("text"); }
  get isEmpty(): boolean { return this.prop("isEmpty"); }

  /** Controls inside the range; for a range that is a control, the control itself comes first. */
  get contentControls(): ContentControlCollectionProxy {
    const within = (): XElement[] => {
      const t = this.require();
      const nodes = rangeNodes(t);
      const out: XElement[] = [];
      for (const n of nodes) {
        if (isW(n, "sdt") && isListedControl(n)) out.push(n);
        out.push(...this.doc.ccIndex.within(n));
      }
      return out;
    };
    return this.nav("contentControls", () => new ContentControlCollectionProxy(this.context, { resolve: () => within }, () => {
      const nodes = rangeNodes(this.require());
      return (el) => nodes.some((n) => isInside(el, n));
    }));
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.nav("paragraphs", () => new ParagraphCollectionProxy(this.context, {
      resolve: () => () => { const t = this.require(); return paragraphsTouching(rangeNodes(t), parentOf(t)); },
    }));
  }

  get tables(): TableCollectionProxy {
    return this.nav("tables", () => new TableCollectionProxy(this.context, { resolve: () => () => tablesIn(rangeNodes(this.require())) }));
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.nav("pcc", () => new ContentControlProxy(this.context, {
      resolve: () => { const t = this.require(); const first = rangeNodes(t)[0] ?? parentOf(t); return parentControl(first); },
      orNull: true,
    }));
  }

  insertText(text: string, insertLocation: string): RangeProxy {
    return queueInsertText(this, text, {
      where: "Range.insertText", location: insertLocation, allowed: ["Replace", "Start", "End", "Before", "After"],
      target: (t) => t,
    });
  }

  insertOoxml(ooxml: string, insertLocation: string): RangeProxy {
    return queueInsertOoxml(this, ooxml, {
      where: "Range.insertOoxml", location: insertLocation, allowed: ["Replace", "Start", "End", "Before", "After"],
      target: (t) => t,
    });
  }

  insertParagraph(paragraphText: string, insertLocation: string): ReturnType<typeof queueInsertParagraph> {
    return queueInsertParagraph(this, paragraphText, {
      where: "Range.insertParagraph", location: insertLocation, allowed: ["Before", "After"],
      point: (t, location): Point => {
        const p = pointOf(t, location === "Before" ? "Before" : "After");
        if (contentModelOf(p.parent) === "block") return p;
        const para = enclosingParagraph(p.parent)!;
        return { parent: para.parentNode as XElement, before: location === "Before" ? para : para.nextSibling };
      },
    });
  }

  insertContentControl(_contentControlType?: string): ContentControlProxy {
    const cc = new ContentControlProxy(this.context, { pending: true });
    this.command("insertContentControl", (t) => cc.bind(wrapInControl(this.doc, t)));
    return cc;
  }

  getRange(rangeLocation: string = "Whole"): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => subRange(this.require(), checkLocation<RangeLocation>(rangeLocation, ["Whole", "Start", "End", "After", "Content"], "Range.getRange")),
    });
  }

  /**
   * WordApi 1.3 `expandTo(range)`: a new range from the start of this one to the end of the other (Word API
   * reference, Word.Range.expandTo). Word ranges are character positions; here the two ends are lifted to their
   * common container, so the range covers whole controls, paragraphs and tables between them.
   */
  expandTo(range: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => this.context.model.spans.register(spanBetween(this.require(), range.require())),
    });
  }

  search(searchText: string, searchOptions: SearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, {
      resolve: () => {
        const t = this.require();
        const found = searchIn(paragraphsTouching(rangeNodes(t), parentOf(t)), searchText, searchOptions, this.context.model.spans);
        // Word searches "on the scope of the range object" (API reference, Word.Range.search): a hit elsewhere in
        // the paragraphs the range touches is not one. The range is read after the search split its runs.
        const inside = rangeNodes(t);
        const kept = found.filter((hit) => rangeNodes(hit).every((n) => inside.some((m) => m === n || isInside(n, m))));
        return () => kept;
      },
    });
  }

  delete(): void {
    this.command("delete", (t) => {
      const nodes = rangeNodes(t);
      const parent = nodes[0]?.parentNode ?? null;
      assertEditable(parent);
      assertRemovable(nodes);
      for (const n of nodes) n.parentNode?.removeChild(n);
      this.doc.noteChanged(nodes);
      normalizeAround(parent);
    });
  }

  select(_selectionMode?: string): void {
    this.command("select", (t) => {
      const only = rangeNodes(t)[0];
      this.doc.selection =
        t.kind === "element" && isW(only, "sdt")
          ? { kind: "contentControl", id: getId(only) ?? 0, tag: getTag(only), title: getTitle(only) }
          : { kind: "range", text: rangeText(t) };
    });
  }
}
