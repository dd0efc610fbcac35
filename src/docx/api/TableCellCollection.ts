/** Word.TableCellCollection. */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { TableCellProxy } from "./TableCell";
import type { XElement } from "../xml/xmlDom";

export class TableCellCollectionProxy extends ProxyCollection<XElement, TableCellProxy> {
  protected typeName(): string {
    return "TableCellCollection";
  }

  protected makeItem(source: ProxySource<XElement>): TableCellProxy {
    return new TableCellProxy(this.context, source);
  }
}
