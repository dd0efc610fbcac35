/** Word.TableCollection: tables of a body, control or range, nested ones included, in document order. */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { TableProxy } from "./Table";
import type { XElement } from "../xml/xmlDom";

export class TableCollectionProxy extends ProxyCollection<XElement, TableProxy> {
  protected typeName(): string {
    return "TableCollection";
  }

  protected makeItem(source: ProxySource<XElement>): TableProxy {
    return new TableProxy(this.context, source);
  }
}
