/** Word.TableCell over a `w:tc`: `value` (rw, paragraphs joined by "\r"), `body`, indexes. */
import { ElementProxy } from "./ElementProxy";
import type { ScalarGetters } from "./ProxyObject";
import { BodyProxy } from "./Body";
import { TableRowProxy } from "./TableRow";
import * as tables from "../model/tables";
import { parentRow, parentTable } from "../model/queries";
import type { XElement } from "../xml/xmlDom";

export class TableCellProxy extends ElementProxy {
  protected typeName(): string {
    return "TableCell";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      value: (t) => tables.cellText(t),
      rowIndex: (t) => {
        const tr = parentRow(t);
        const tbl = parentTable(t);
        return tr && tbl ? tables.tableRows(tbl).indexOf(tr) : -1;
      },
      cellIndex: (t) => {
        const tr = parentRow(t);
        return tr ? tables.rowCells(tr).indexOf(t) : -1;
      },
    };
  }

  get value(): string { return this.prop("value"); }
  set value(v: string) {
    this.setProp("value", v, (t, text) => tables.setCellText(this.doc, t, text));
  }
  get rowIndex(): number { return this.prop("rowIndex"); }
  get cellIndex(): number { return this.prop("cellIndex"); }

  /** WordApi 1.3. */
  get parentRow(): TableRowProxy {
    return this.nav("parentRow", () => new TableRowProxy(this.context, { resolve: () => parentRow(this.require()) }));
  }

  get body(): BodyProxy {
    return this.nav("body", () => new BodyProxy(this.context, { resolve: () => this.require() }));
  }
}
