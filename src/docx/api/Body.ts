/**
 * Word.Body over the document body (or a cell, header or footer). Locations (API reference): insertText and
 * insertOoxml Replace|Start|End, insertParagraph Start|End, getRange Whole|Start|End|Content.
 *
 * Section properties, headers and footers never travel with insertOoxml or Body.insertFileFromBase64: the
 * content takes the section it lands in (Word add-ins troubleshooting, "by design"; office-js#2623, #3450).
 * Only Document.insertFileFromBase64 brings them.
 */
import { ElementProxy } from "./ElementProxy";
import type { ProxyObject, ScalarGetters } from "./ProxyObject";
import { checkLocation } from "./locations";
import { queueInsertOoxml, queueInsertParagraph, queueInsertText } from "./inserts";
import { ContentControlCollectionProxy } from "./ContentControlCollection";
import { ContentControlProxy } from "./ContentControl";
import { ParagraphCollectionProxy } from "./ParagraphCollection";
import { TableCollectionProxy } from "./TableCollection";
import { RangeProxy } from "./Range";
import { RangeCollectionProxy } from "./RangeCollection";
import { clearContainer, wrapInControl } from "../model/controlEdits";
import { paragraphsIn, parentControl, tablesIn } from "../model/queries";
import { rangeText, subRange, type RangeLocation } from "../model/RangeTarget";
import { searchIn, type SearchOptions } from "../model/search";
import { contentEnd, contentNodes, contentStart } from "../model/structure";
import { insertDocxFile } from "./insertFile";
import { isInside, type XElement } from "../xml/xmlDom";

const BODY_TYPES: Readonly<Record<string, string>> = { body: "MainDoc", tc: "TableCell", hdr: "Header", ftr: "Footer" };

export class BodyProxy extends ElementProxy {
  protected typeName(): string {
    return "Body";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      text: (t) => rangeText({ kind: "content", el: t }),
      type: (t) => BODY_TYPES[t.localName ?? ""] ?? "Unknown",
    };
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return {
      paragraphs: () => this.paragraphs as ProxyObject<unknown>,
      contentControls: () => this.contentControls as ProxyObject<unknown>,
      tables: () => this.tables as ProxyObject<unknown>,
    };
  }

  get text(): string { return this.prop("text"); }
  get type(): string { return this.prop("type"); }

  get paragraphs(): ParagraphCollectionProxy {
    return this.nav("paragraphs", () => new ParagraphCollectionProxy(this.context, { resolve: () => () => paragraphsIn(contentNodes(this.require())) }));
  }

  get contentControls(): ContentControlCollectionProxy {
    return this.nav("contentControls", () => new ContentControlCollectionProxy(
      this.context,
      { resolve: () => () => this.doc.ccIndex.within(this.require()) },
      () => { const b = this.require(); return (el) => isInside(el, b); },
    ));
  }

  get tables(): TableCollectionProxy {
    return this.nav("tables", () => new TableCollectionProxy(this.context, { resolve: () => () => tablesIn(contentNodes(this.require())) }));
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.nav("pcc", () => new ContentControlProxy(this.context, { resolve: () => parentControl(this.require()), orNull: true }));
  }

  insertText(text: string, insertLocation: string): RangeProxy {
    return queueInsertText(this, text, {
      where: "Body.insertText", location: insertLocation, allowed: ["Replace", "Start", "End"],
      target: (t) => ({ kind: "content", el: t }),
    });
  }

  insertOoxml(ooxml: string, insertLocation: string): RangeProxy {
    return queueInsertOoxml(this, ooxml, {
      where: "Body.insertOoxml", location: insertLocation, allowed: ["Replace", "Start", "End"],
      target: (t) => ({ kind: "content", el: t }),
    });
  }

  /** The file's content only: its headers, footers and section properties stay behind (by design in Word). */
  insertFileFromBase64(base64File: string, insertLocation: string): RangeProxy {
    this.context.model.bytesSent += typeof base64File === "string" ? base64File.length : 0;
    const range = new RangeProxy(this.context, { pending: true });
    this.context.enqueue("Body.insertFileFromBase64", async () => {
      const body = this.require();
      await insertDocxFile(this.doc, { base64File, insertLocation, target: body, sections: false, options: {} });
      range.bind({ kind: "content", el: body });
    });
    return range;
  }

  insertParagraph(paragraphText: string, insertLocation: string): ReturnType<typeof queueInsertParagraph> {
    return queueInsertParagraph(this, paragraphText, {
      where: "Body.insertParagraph", location: insertLocation, allowed: ["Start", "End"],
      point: (t, location) => (location === "Start" ? contentStart(t) : contentEnd(t)),
    });
  }

  insertContentControl(_contentControlType?: string): ContentControlProxy {
    const cc = new ContentControlProxy(this.context, { pending: true });
    this.command("insertContentControl", (t) => cc.bind(wrapInControl(this.doc, { kind: "content", el: t })));
    return cc;
  }

  getRange(rangeLocation: string = "Whole"): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => {
        const loc = checkLocation<RangeLocation>(rangeLocation, ["Whole", "Start", "End", "Content"], "Body.getRange");
        const content = { kind: "content" as const, el: this.require() };
        return loc === "Whole" || loc === "Content" ? content : subRange(content, loc);
      },
    });
  }

  search(searchText: string, searchOptions: SearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, {
      resolve: () => {
        const found = searchIn(paragraphsIn(contentNodes(this.require())), searchText, searchOptions, this.context.model.spans);
        return () => found;
      },
    });
  }

  clear(): void {
    this.command("clear", (t) => clearContainer(this.doc, t));
  }

  select(_selectionMode?: string): void {
    this.command("select", (t) => (this.doc.selection = { kind: "range", text: rangeText({ kind: "content", el: t }) }));
  }
}
