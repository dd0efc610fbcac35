/** Word.ParagraphCollection: the paragraphs of a body, control or range, nested ones included, in document order. */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { ParagraphProxy } from "./Paragraph";
import type { XElement } from "../xml/xmlDom";

export class ParagraphCollectionProxy extends ProxyCollection<XElement, ParagraphProxy> {
  protected typeName(): string {
    return "ParagraphCollection";
  }

  protected makeItem(source: ProxySource<XElement>): ParagraphProxy {
    return new ParagraphProxy(this.context, source);
  }

  getLast(): ParagraphProxy {
    return this.makeItem({ resolve: () => this.list()[this.list().length - 1] ?? null });
  }

  getLastOrNullObject(): ParagraphProxy {
    return this.makeItem({ resolve: () => this.list()[this.list().length - 1] ?? null, orNull: true });
  }
}
