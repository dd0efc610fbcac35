/** Word.TableRowCollection. */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { TableRowProxy } from "./TableRow";
import type { XElement } from "../xml/xmlDom";

export class TableRowCollectionProxy extends ProxyCollection<XElement, TableRowProxy> {
  protected typeName(): string {
    return "TableRowCollection";
  }

  protected makeItem(source: ProxySource<XElement>): TableRowProxy {
    return new TableRowProxy(this.context, source);
  }
}
