/**
 * Word.ContentControl over a `w:sdt`. Choices where the docs are silent: insertText/insertOoxml with "Replace"
 * replace the content and keep the control with all its properties (tag, title, lock, appearance, id);
 * "Replace" is refused (InvalidArgument) on table and table-row controls as the reference says; Before/After of
 * insertParagraph are refused on table, row and cell controls; insertParagraph "Start"/"End" on an inline
 * control is refused (a paragraph cannot live inside a run-level control). Writes into a control whose
 * cannotEdit is true fail with AccessDenied (see model/locks.ts).
 */
import { DocxError } from "./DocxError";
import { ElementProxy } from "./ElementProxy";
import type { ProxyObject, ScalarGetters } from "./ProxyObject";
import { checkLocation } from "./locations";
import { queueInsertOoxml, queueInsertParagraph, queueInsertText } from "./inserts";
import { ContentControlCollectionProxy } from "./ContentControlCollection";
import { ParagraphCollectionProxy } from "./ParagraphCollection";
import { TableCollectionProxy } from "./TableCollection";
import { RangeProxy } from "./Range";
import { RangeCollectionProxy } from "./RangeCollection";
import * as props from "../model/sdtProperties";
import { sdtSubtype, sdtType } from "../model/sdtType";
import { rangeText, subRange, type RangeLocation, type RangeTarget } from "../model/RangeTarget";
import { clearControl, deleteControl } from "../model/controlEdits";
import { hidePlaceholder, showPlaceholderIfEmpty } from "../model/placeholder";
import { setShowingPlaceholder } from "../model/sdtProperties";
import { contentEnd, contentStart, enclosingParagraph, type Point } from "../model/structure";
import { paragraphsIn, tablesIn, parentControl } from "../model/queries";
import { searchIn, type SearchOptions } from "../model/search";
import type { XElement } from "../xml/xmlDom";

const TABLE_KINDS = new Set(["RichTextTable", "RichTextTableRow"]);

export class ContentControlProxy extends ElementProxy {
  protected typeName(): string {
    return "ContentControl";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      id: (t) => props.getId(t),
      tag: (t) => props.getTag(t),
      title: (t) => props.getTitle(t),
      text: (t) => rangeText({ kind: "content", el: t }),
      appearance: (t) => props.getAppearance(t),
      cannotEdit: (t) => props.getCannotEdit(t),
      cannotDelete: (t) => props.getCannotDelete(t),
      placeholderText: (t) => this.doc.placeholders.get(props.placeholderDocPart(t) ?? "") ?? "",
      type: (t) => sdtType(t),
      subtype: (t) => sdtSubtype(t),
      color: (t) => props.getColor(t),
      removeWhenEdited: (t) => props.isTemporary(t),
    };
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return {
      contentControls: () => this.contentControls as ProxyObject<unknown>,
      paragraphs: () => this.paragraphs as ProxyObject<unknown>,
      tables: () => this.tables as ProxyObject<unknown>,
      parentContentControlOrNullObject: () => this.parentContentControlOrNullObject as ProxyObject<unknown>,
    };
  }

  get id(): number { return this.prop("id"); }
  get text(): string { return this.prop("text"); }
  get type(): string { return this.prop("type"); }
  get subtype(): string { return this.prop("subtype"); }

  get tag(): string { return this.prop("tag"); }
  set tag(v: string) {
    this.setProp("tag", v, (t, value) => {
      const old = props.getTag(t);
      props.setTag(t, String(value));
      this.doc.ccIndex.retag(t, old, props.getTag(t));
    });
  }

  get title(): string { return this.prop("title"); }
  set title(v: string) { this.setProp("title", v, (t, value) => props.setTitle(t, String(value))); }

  get appearance(): string { return this.prop("appearance"); }
  set appearance(v: string) {
    this.setProp("appearance", v, (t, value) => {
      const a = checkLocationLike(value, ["BoundingBox", "Tags", "Hidden"], "ContentControl.appearance");
      props.setAppearance(t, a);
    });
  }

  get cannotEdit(): boolean { return this.prop("cannotEdit"); }
  set cannotEdit(v: boolean) { this.setProp("cannotEdit", v, (t, value) => props.setCannotEdit(t, value === true)); }

  get cannotDelete(): boolean { return this.prop("cannotDelete"); }
  set cannotDelete(v: boolean) { this.setProp("cannotDelete", v, (t, value) => props.setCannotDelete(t, value === true)); }

  get placeholderText(): string { return this.prop("placeholderText"); }
  set placeholderText(v: string) {
    this.setProp("placeholderText", v, (t, value) => {
      if (this.context.profile.platform === "web") {
        throw new DocxError("NotImplemented", "Setting placeholderText is not supported in Word on the web.");
      }
      const name = props.placeholderDocPart(t) ?? `baocaoPlaceholder${props.getId(t) ?? 0}`;
      props.setPlaceholderDocPart(t, name);
      this.doc.placeholders.set(name, String(value));
    });
  }

  get color(): string { return this.prop("color"); }
  get removeWhenEdited(): boolean { return this.prop("removeWhenEdited"); }

  get contentControls(): ContentControlCollectionProxy {
    return this.nav("contentControls", () => new ContentControlCollectionProxy(this.context, {
      resolve: () => () => this.doc.ccIndex.within(this.require()),
    }));
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.nav("paragraphs", () => new ParagraphCollectionProxy(this.context, { resolve: () => () => paragraphsIn([this.require()]) }));
  }

  get tables(): TableCollectionProxy {
    return this.nav("tables", () => new TableCollectionProxy(this.context, { resolve: () => () => tablesIn([this.require()]) }));
  }

  get parentContentControl(): ContentControlProxy {
    return this.nav("parentContentControl", () => new ContentControlProxy(this.context, { resolve: () => parentControl(this.require()) }));
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.nav("parentContentControlOrNullObject", () =>
      new ContentControlProxy(this.context, { resolve: () => parentControl(this.require()), orNull: true }));
  }

  private content(t: XElement): RangeTarget {
    return { kind: "content", el: t };
  }

  private noReplaceOnTables = (t: XElement, location: string): void => {
    if (location === "Replace" && TABLE_KINDS.has(sdtSubtype(t))) {
      throw new DocxError("InvalidArgument", "'Replace' cannot be used with richTextTable and richTextTableRow content controls.");
    }
  };

  insertText(text: string, insertLocation: string): RangeProxy {
    return this.writing("insertText", () => queueInsertText(this, text, {
      where: "ContentControl.insertText", location: insertLocation, allowed: ["Replace", "Start", "End"],
      target: (t) => this.content(t), check: this.noReplaceOnTables,
    }));
  }

  insertOoxml(ooxml: string, insertLocation: string): RangeProxy {
    return this.writing("insertOoxml", () => queueInsertOoxml(this, ooxml, {
      where: "ContentControl.insertOoxml", location: insertLocation, allowed: ["Replace", "Start", "End"],
      target: (t) => this.content(t), check: this.noReplaceOnTables,
    }));
  }

  /**
   * A write into the control: its placeholder (if shown) goes first, and a control left empty shows its
   * placeholder afterwards (model/placeholder.ts).
   */
  private writing<R>(what: string, queue: () => R): R {
    this.context.enqueue(`ContentControl.${what}`, () => {
      const t = this.resolveNow();
      if (t) hidePlaceholder(t);
    });
    const result = queue();
    this.context.enqueue(`ContentControl.${what}`, () => {
      const t = this.resolveNow();
      if (t) showPlaceholderIfEmpty(this.doc, t, this.context.profile.platform);
    });
    return result;
  }

  insertParagraph(paragraphText: string, insertLocation: string): ReturnType<typeof queueInsertParagraph> {
    return queueInsertParagraph(this, paragraphText, {
      where: "ContentControl.insertParagraph", location: insertLocation, allowed: ["Start", "End", "Before", "After"],
      point: (t, location): Point => {
        const subtype = sdtSubtype(t);
        const inline = subtype === "RichTextInline" || subtype === "PlainTextInline";
        if ((location === "Before" || location === "After") && subtype.startsWith("RichTextTable")) {
          throw new DocxError("InvalidArgument", "'Before' and 'After' cannot be used with table, row and cell content controls.");
        }
        if (inline && (location === "Start" || location === "End")) {
          throw new DocxError("InvalidArgument", "A paragraph cannot be inserted inside an inline content control.");
        }
        const anchor = inline ? enclosingParagraph(t)! : t;
        if (location === "Before") return { parent: anchor.parentNode as XElement, before: anchor };
        if (location === "After") return { parent: anchor.parentNode as XElement, before: anchor.nextSibling };
        return location === "Start" ? contentStart(t) : contentEnd(t);
      },
    });
  }

  getRange(rangeLocation: string = "Whole"): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => {
        const loc = checkLocation<RangeLocation>(rangeLocation, ["Whole", "Start", "End", "Before", "After", "Content"], "ContentControl.getRange");
        return subRange({ kind: "element", el: this.require() }, loc);
      },
    });
  }

  search(searchText: string, searchOptions: SearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, {
      resolve: () => {
        const found = searchIn(paragraphsIn([this.require()]), searchText, searchOptions, this.context.model.spans);
        return () => found;
      },
    });
  }

  delete(keepContent: boolean): void {
    this.command("delete", (t) => deleteControl(this.doc, t, keepContent === true));
  }

  clear(): void {
    this.command("clear", (t) => {
      clearControl(this.doc, t);
      setShowingPlaceholder(t, false);
      showPlaceholderIfEmpty(this.doc, t, this.context.profile.platform);
    });
  }

  select(_selectionMode?: string): void {
    this.command("select", (t) => {
      this.doc.selection = { kind: "contentControl", id: props.getId(t) ?? 0, tag: props.getTag(t), title: props.getTitle(t) };
    });
  }
}

function checkLocationLike<V extends string>(value: unknown, allowed: readonly V[], where: string): V {
  const found = allowed.find((a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase());
  if (!found) throw new DocxError("InvalidArgument", `${where} must be one of ${allowed.join(", ")}.`);
  return found;
}
