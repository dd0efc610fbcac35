/**
 * Word.ContentControlCollection: filters by tag/title/id are views evaluated at sync, like the document itself.
 * A collection may know a cheap membership test (`member`): `getByTag` then starts from the document's tag index
 * and keeps the members, so looking up a thousand tags costs a thousand index hits, not a thousand walks.
 */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import type { DocxRequestContext } from "./RequestContext";
import { ContentControlProxy } from "./ContentControl";
import * as props from "../model/sdtProperties";
import type { XElement } from "../xml/xmlDom";
import type { ListFn } from "./ProxyCollection";

export type Membership = (el: XElement) => boolean;

export class ContentControlCollectionProxy extends ProxyCollection<XElement, ContentControlProxy> {
  constructor(
    context: DocxRequestContext,
    source: ProxySource<ListFn<XElement>>,
    private readonly member?: () => Membership,
  ) {
    super(context, source);
  }

  protected typeName(): string {
    return "ContentControlCollection";
  }

  protected makeItem(source: ProxySource<XElement>): ContentControlProxy {
    return new ContentControlProxy(this.context, source);
  }

  /** Membership test valid inside a command. */
  private membership(): Membership {
    if (this.member) return this.member();
    const mine = new Set(this.list());
    return (el) => mine.has(el);
  }

  private where(pred: (el: XElement) => boolean): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(
      this.context,
      { resolve: () => () => this.list().filter(pred) },
      () => {
        const inner = this.membership();
        return (el) => inner(el) && pred(el);
      },
    );
  }

  getByTag(tag: string): ContentControlCollectionProxy {
    const hasTag = (el: XElement): boolean => props.getTag(el) === tag;
    return new ContentControlCollectionProxy(
      this.context,
      {
        resolve: () => () => {
          const tagged = this.context.model.ccIndex.byTag(tag);
          if (tagged.length === 0) return [];
          const inside = this.membership();
          return tagged.filter(inside);
        },
      },
      () => {
        const inner = this.membership();
        return (el) => inner(el) && hasTag(el);
      },
    );
  }

  getByTitle(title: string): ContentControlCollectionProxy {
    return this.where((el) => props.getTitle(el) === title);
  }

  /** Only rich-text controls are listed (see sdtType.isListedControl), so only "RichText" can match. */
  getByTypes(types: string[]): ContentControlCollectionProxy {
    return this.where(() => types.includes("RichText"));
  }

  getById(id: number): ContentControlProxy {
    return this.makeItem({ resolve: () => this.byId(id) });
  }

  getByIdOrNullObject(id: number): ContentControlProxy {
    return this.makeItem({ resolve: () => this.byId(id), orNull: true });
  }

  getItem(id: number): ContentControlProxy {
    return this.getById(id);
  }

  private byId(id: number): XElement | null {
    const el = this.context.model.ccIndex.byId(id);
    return el && this.membership()(el) ? el : null;
  }
}
