/**
 * Word.Table over a `w:tbl`. `values` lists each row's cells (merged tables: see model/tables.ts); setting it
 * writes the given cells' text. addRows copies the first/last row's shape (WordApi 1.3: "using the first or
 * last existing row as a template"); deleteRows removes rows and, with the last row, the table.
 */
import { DocxError } from "./DocxError";
import { ElementProxy } from "./ElementProxy";
import type { ProxyObject, ScalarGetters } from "./ProxyObject";
import { checkLocation } from "./locations";
import { byteLength } from "./inserts";
import { TableRowCollectionProxy } from "./TableRowCollection";
import { TableCellProxy } from "./TableCell";
import { ContentControlProxy } from "./ContentControl";
import { RangeProxy } from "./Range";
import * as tables from "../model/tables";
import { parentControl } from "../model/queries";
import { subRange, type RangeLocation } from "../model/RangeTarget";
import { wrapInControl } from "../model/controlEdits";
import type { XElement } from "../xml/xmlDom";

export class TableProxy extends ElementProxy {
  protected typeName(): string {
    return "Table";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {
      values: (t) => tables.tableValues(t),
      rowCount: (t) => tables.tableRows(t).length,
      headerRowCount: (t) => tables.headerRowCount(t),
      nestingLevel: (t) => tables.nestingLevel(t),
      isUniform: (t) => tables.isUniform(t),
    };
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return { rows: () => this.rows as ProxyObject<unknown> };
  }

  get values(): string[][] { return this.prop("values"); }
  set values(v: string[][]) {
    this.context.model.bytesSent += byteLength(JSON.stringify(v ?? []));
    this.setProp("values", v, (t, values) => {
      const rows = tables.tableRows(t);
      values.forEach((row, r) => {
        const cells = rows[r] ? tables.rowCells(rows[r]!) : [];
        row.forEach((text, c) => {
          const tc = cells[c];
          if (!tc) throw new DocxError("InvalidArgument", `The table has no cell (${r}, ${c}).`);
          tables.setCellText(this.doc, tc, text);
        });
      });
    });
  }
  get rowCount(): number { return this.prop("rowCount"); }
  get headerRowCount(): number { return this.prop("headerRowCount"); }
  get nestingLevel(): number { return this.prop("nestingLevel"); }
  get isUniform(): boolean { return this.prop("isUniform"); }

  get rows(): TableRowCollectionProxy {
    return this.nav("rows", () => new TableRowCollectionProxy(this.context, { resolve: () => () => tables.tableRows(this.require()) }));
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.nav("pcc", () => new ContentControlProxy(this.context, { resolve: () => parentControl(this.require()), orNull: true }));
  }

  getCell(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.context, { resolve: () => this.cellAt(rowIndex, cellIndex) });
  }

  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.context, { resolve: () => this.cellAt(rowIndex, cellIndex), orNull: true });
  }

  private cellAt(rowIndex: number, cellIndex: number): XElement | null {
    const row = tables.tableRows(this.require())[rowIndex];
    return row ? (tables.rowCells(row)[cellIndex] ?? null) : null;
  }

  addRows(insertLocation: string, rowCount: number, values?: string[][]): TableRowCollectionProxy {
    this.context.model.bytesSent += byteLength(JSON.stringify(values ?? []));
    let added: XElement[] = [];
    this.command("addRows", (t) => {
      const location = checkLocation<"Start" | "End">(insertLocation, ["Start", "End"], "Table.addRows");
      added = tables.addRows(this.doc, t, { location, count: rowCount, ...(values ? { values } : {}) });
    });
    return new TableRowCollectionProxy(this.context, { resolve: () => () => added });
  }

  deleteRows(rowIndex: number, rowCount?: number): void {
    this.command("deleteRows", (t) => tables.deleteRows(this.doc, t, rowIndex, rowCount ?? 1));
  }

  insertContentControl(): ContentControlProxy {
    const cc = new ContentControlProxy(this.context, { pending: true });
    this.command("insertContentControl", (t) => cc.bind(wrapInControl(this.doc, { kind: "element", el: t })));
    return cc;
  }

  getRange(rangeLocation: string = "Whole"): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => subRange({ kind: "element", el: this.require() }, checkLocation<RangeLocation>(rangeLocation, ["Whole", "Start", "End", "After"], "Table.getRange")),
    });
  }

  delete(): void {
    this.command("delete", (t) => tables.deleteRows(this.doc, t, 0, tables.tableRows(t).length));
  }
}
