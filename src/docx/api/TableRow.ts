/** Word.TableRow over a `w:tr`: its cells, their texts (rw), its index and whether it repeats as a header. */
import { ElementProxy } from "./ElementProxy";
import type { ProxyObject, ScalarGetters } from "./ProxyObject";
import { byteLength } from "./inserts";
import { DocxError } from "./DocxError";
import { TableCellCollectionProxy } from "./TableCellCollection";
import { TableProxy } from "./Table";
import * as tables from "../model/tables";
import { parentTable } from "../model/queries";
import { checkLocation } from "./locations";
import { TableRowCollectionProxy } from "./TableRowCollection";
import type { XElement } from "../xml/xmlDom";

export class TableRowProxy extends ElementProxy {
  protected typeName(): string {
    return "TableRow";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      // The API types a row's values as a 2D array: one inner array, the row.
      values: (t) => [tables.rowValues(t)],
      cellCount: (t) => tables.rowCells(t).length,
      rowIndex: (t) => {
        const tbl = parentTable(t);
        return tbl ? tables.tableRows(tbl).indexOf(t) : -1;
      },
      isHeader: (t) => tables.isHeaderRow(t),
    };
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return { cells: () => this.cells as ProxyObject<unknown> };
  }

  get values(): string[][] { return this.prop("values"); }
  set values(v: string[][]) {
    this.context.model.bytesSent += byteLength(JSON.stringify(v ?? []));
    this.setProp("values", v, (t, values) => {
      // The API types this as string[][] (one row): accept [["a","b"]] and ["a","b"].
      const row = (Array.isArray(values[0]) ? values[0] : values) as unknown as string[];
      const cells = tables.rowCells(t);
      row.forEach((text, c) => {
        const tc = cells[c];
        if (!tc) throw new DocxError("InvalidArgument", `The row has no cell ${c}.`);
        tables.setCellText(this.doc, tc, text);
      });
    });
  }
  get cellCount(): number { return this.prop("cellCount"); }
  get rowIndex(): number { return this.prop("rowIndex"); }
  get isHeader(): boolean { return this.prop("isHeader"); }

  get cells(): TableCellCollectionProxy {
    return this.nav("cells", () => new TableCellCollectionProxy(this.context, { resolve: () => () => tables.rowCells(this.require()) }));
  }

  get parentTable(): TableProxy {
    return this.nav("parentTable", () => new TableProxy(this.context, { resolve: () => parentTable(this.require()) }));
  }

  /** WordApi 1.3: rows shaped like this one (formatting, not content), before or after it. */
  insertRows(insertLocation: string, rowCount: number, values?: string[][]): TableRowCollectionProxy {
    this.context.model.bytesSent += byteLength(JSON.stringify(values ?? []));
    let added: XElement[] = [];
    this.command("insertRows", (t) => {
      const location = checkLocation<"Before" | "After">(insertLocation, ["Before", "After"], "TableRow.insertRows");
      added = tables.insertRows(this.doc, t, { location, count: rowCount, ...(values ? { values } : {}) });
    });
    return new TableRowCollectionProxy(this.context, { resolve: () => () => added });
  }

  delete(): void {
    this.command("delete", (t) => {
      const tbl = parentTable(t);
      if (!tbl) throw new DocxError("GeneralException", "The row is not in a table.");
      tables.deleteRows(this.doc, tbl, tables.tableRows(tbl).indexOf(t), 1);
    });
  }
}
