/**
 * Word.Paragraph over a `w:p`. Locations (API reference): insertText/insertOoxml Replace|Start|End (Replace
 * replaces the paragraph's content, the paragraph and its properties stay), insertParagraph Before|After,
 * getRange Whole|Start|End|After|Content.
 */
import { ElementProxy } from "./ElementProxy";
import type { ProxyObject, ScalarGetters } from "./ProxyObject";
import { checkLocation } from "./locations";
import { queueInsertOoxml, queueInsertParagraph, queueInsertText } from "./inserts";
import { ContentControlCollectionProxy } from "./ContentControlCollection";
import { ContentControlProxy } from "./ContentControl";
import { RangeProxy } from "./Range";
import { RangeCollectionProxy } from "./RangeCollection";
import { TableProxy } from "./Table";
import { wrapInControl } from "../model/controlEdits";
import { parentCell, parentControl, parentTable } from "../model/queries";
import { textInside } from "../model/readText";
import { subRange, type RangeLocation } from "../model/RangeTarget";
import { searchIn, type SearchOptions } from "../model/search";
import { assertEditable, assertRemovable } from "../model/locks";
import { normalizeAround } from "../model/normalize";
import { isInside, isW, wAttr, wChild, type XElement, type XNode } from "../xml/xmlDom";
import { TableCellProxy } from "./TableCell";
import { ListItemProxy } from "./ListItem";
import { listNumberOf } from "../model/listNumbering";

function styleOf(p: XElement): string {
  const pPr = wChild(p, "pPr");
  return wAttr(pPr ? wChild(pPr, "pStyle") : null) ?? "Normal";
}

function tableNesting(p: XElement): number {
  let n = 0;
  for (let a: XNode | null = p.parentNode; a; a = a.parentNode) if (isW(a, "tbl")) n++;
  return n;
}

export class ParagraphProxy extends ElementProxy {
  protected typeName(): string {
    return "Paragraph";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      text: (t) => textInside(t),
      style: (t) => styleOf(t),
      tableNestingLevel: (t) => tableNesting(t),
      isListItem: (t) => listNumberOf(this.doc, t) !== null,
    };
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return {
      contentControls: () => this.contentControls as ProxyObject<unknown>,
      parentContentControlOrNullObject: () => this.parentContentControlOrNullObject as ProxyObject<unknown>,
      listItem: () => this.listItem as ProxyObject<unknown>,
      listItemOrNullObject: () => this.listItemOrNullObject as ProxyObject<unknown>,
    };
  }

  get text(): string { return this.prop("text"); }
  get style(): string { return this.prop("style"); }
  get tableNestingLevel(): number { return this.prop("tableNestingLevel"); }
  get isListItem(): boolean { return this.prop("isListItem"); }

  get contentControls(): ContentControlCollectionProxy {
    return this.nav("contentControls", () => new ContentControlCollectionProxy(
      this.context,
      { resolve: () => () => this.doc.ccIndex.within(this.require()) },
      () => { const p = this.require(); return (el) => isInside(el, p); },
    ));
  }

  /** WordApi 1.3: the paragraph's list item; ItemNotFound when it is not in a list. */
  get listItem(): ListItemProxy {
    return this.nav("listItem", () => new ListItemProxy(this.context, { resolve: () => this.listTarget() }));
  }

  /** WordApi 1.3: the paragraph's list item, a null object when it is not in a list. */
  get listItemOrNullObject(): ListItemProxy {
    return this.nav("listItemOrNull", () => new ListItemProxy(this.context, { resolve: () => this.listTarget(), orNull: true }));
  }

  /** The paragraph itself when Word draws a number or bullet for it (its own or its style's numbering). */
  private listTarget(): XElement | null {
    const p = this.require();
    return listNumberOf(this.doc, p) ? p : null;
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.nav("pcc", () => new ContentControlProxy(this.context, { resolve: () => parentControl(this.require()), orNull: true }));
  }

  get parentContentControl(): ContentControlProxy {
    return this.nav("pccStrict", () => new ContentControlProxy(this.context, { resolve: () => parentControl(this.require()) }));
  }

  get parentTableOrNullObject(): TableProxy {
    return this.nav("ptable", () => new TableProxy(this.context, { resolve: () => parentTable(this.require()), orNull: true }));
  }

  get parentTableCellOrNullObject(): TableCellProxy {
    return this.nav("pcell", () => new TableCellProxy(this.context, { resolve: () => parentCell(this.require()), orNull: true }));
  }

  insertText(text: string, insertLocation: string): RangeProxy {
    return queueInsertText(this, text, {
      where: "Paragraph.insertText", location: insertLocation, allowed: ["Replace", "Start", "End"],
      target: (t) => ({ kind: "content", el: t }),
    });
  }

  insertOoxml(ooxml: string, insertLocation: string): RangeProxy {
    return queueInsertOoxml(this, ooxml, {
      where: "Paragraph.insertOoxml", location: insertLocation, allowed: ["Replace", "Start", "End"],
      target: (t) => ({ kind: "content", el: t }),
    });
  }

  insertParagraph(paragraphText: string, insertLocation: string): ParagraphProxy {
    return queueInsertParagraph(this, paragraphText, {
      where: "Paragraph.insertParagraph", location: insertLocation, allowed: ["Before", "After"],
      point: (t, location) => ({ parent: t.parentNode as XElement, before: location === "Before" ? t : t.nextSibling }),
    });
  }

  insertContentControl(_contentControlType?: string): ContentControlProxy {
    const cc = new ContentControlProxy(this.context, { pending: true });
    this.command("insertContentControl", (t) => cc.bind(wrapInControl(this.doc, { kind: "element", el: t })));
    return cc;
  }

  getRange(rangeLocation: string = "Whole"): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => {
        const loc = checkLocation<RangeLocation>(rangeLocation, ["Whole", "Start", "End", "After", "Content"], "Paragraph.getRange");
        return subRange({ kind: "element", el: this.require() }, loc);
      },
    });
  }

  search(searchText: string, searchOptions: SearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, {
      resolve: () => {
        const found = searchIn([this.require()], searchText, searchOptions, this.context.model.spans);
        return () => found;
      },
    });
  }

  delete(): void {
    this.command("delete", (t) => {
      assertEditable(t.parentNode);
      assertRemovable([t]);
      const parent = t.parentNode!;
      parent.removeChild(t);
      this.doc.noteChanged([t]);
      normalizeAround(parent);
    });
  }

  select(_selectionMode?: string): void {
    this.command("select", (t) => (this.doc.selection = { kind: "range", text: textInside(t) }));
  }
}
