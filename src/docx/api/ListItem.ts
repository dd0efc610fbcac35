/**
 * Word.ListItem (WordApi 1.3) of a list paragraph: `listString` (Word API reference: "Gets the list item
 * bullet, number, or picture as a string"), `level`, `siblingIndex`, read-only here (the add-in never renumbers).
 * Reached by `Paragraph.listItem` (ItemNotFound on a paragraph outside a list) or `listItemOrNullObject`.
 * How the number is worked out: `model/listNumbering.ts`.
 */
import { ElementProxy } from "./ElementProxy";
import type { ScalarGetters } from "./ProxyObject";
import { listNumberOf } from "../model/listNumbering";
import type { XElement } from "../xml/xmlDom";

export class ListItemProxy extends ElementProxy {
  protected typeName(): string {
    return "ListItem";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      listString: (p) => listNumberOf(this.doc, p)?.listString ?? "",
      level: (p) => listNumberOf(this.doc, p)?.level ?? 0,
      siblingIndex: (p) => listNumberOf(this.doc, p)?.siblingIndex ?? 0,
    };
  }

  get listString(): string { return this.prop("listString"); }
  get level(): number { return this.prop("level"); }
  get siblingIndex(): number { return this.prop("siblingIndex"); }
}
