/** Word.Table, TableRow, TableCell and TableCollection on the headless host. */
import { flatOpc, mergedTable, para, run } from "./fixtures";
import { hostWith, rejectsWith } from "./helpers";

const uniform =
  '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>' +
  '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>' +
  '<w:tr><w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>' +
  "</w:tbl>";

const doc = flatOpc(para(run("Bảng")) + uniform + para(run("giữa")) + mergedTable("m", [["x", "1", "2"]]) + para(run("hết")));

describe("Table", () => {
  it("reads values, rowCount, headerRowCount, isUniform and nestingLevel", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const tables = ctx.document.body.tables.load("items/values,items/rowCount,items/headerRowCount,items/isUniform,items/nestingLevel");
      await ctx.sync();
      expect(tables.items.map((t) => t.toJSON())).toEqual([
        { values: [["A", "B"], ["1", "2"]], rowCount: 2, headerRowCount: 1, isUniform: true, nestingLevel: 1 },
        {
          values: [["Chỉ tiêu", "Kết quả"], ["", "Kỳ này", "Lũy kế"], ["x", "1", "2"]],
          rowCount: 3, headerRowCount: 2, isUniform: false, nestingLevel: 1,
        },
      ]);
    });
  });

  it("getCell reads and writes a cell; a missing cell is ItemNotFound or a null object", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst();
      const cell = t.getCell(1, 0);
      cell.value = "10";
      cell.load("value,rowIndex,cellIndex");
      const missing = t.getCellOrNullObject(5, 5);
      t.load("values");
      await ctx.sync();
      expect([cell.value, cell.rowIndex, cell.cellIndex, missing.isNullObject]).toEqual(["10", 1, 0, true]);
      expect(t.values).toEqual([["A", "B"], ["10", "2"]]);
      t.getCell(9, 0).load("value");
      await rejectsWith(ctx.sync(), "ItemNotFound");
    });
  });

  it("a written cell keeps its paragraph and run formatting", async () => {
    const host = await hostWith(doc);
    const bytes = await host.run(async (ctx) => {
      ctx.document.body.tables.getFirst().getCell(1, 0).value = "42";
      await ctx.sync();
      return host.save();
    });
    const { partText } = await import("./helpers");
    const xml = (await partText(bytes, "word/document.xml"))!;
    expect(xml).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">42<\/w:t>/);
  });

  it("sets values of several cells at once", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst();
      t.values = [["a", "b"], ["c", "d"]];
      t.load("values");
      await ctx.sync();
      expect(t.values).toEqual([["a", "b"], ["c", "d"]]);
    });
  });

  it("addRows copies the last row's shape, fills values and never copies the header flag", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst();
      t.addRows("End", 2, [["3", "4"], ["5", "6"]]);
      t.addRows("Start", 1);
      t.load("values,rowCount,headerRowCount");
      await ctx.sync();
      expect(t.values).toEqual([["", ""], ["A", "B"], ["1", "2"], ["3", "4"], ["5", "6"]]);
      expect([t.rowCount, t.headerRowCount]).toEqual([5, 0]);
      t.addRows("Before" as never, 1);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("deleteRows removes rows; deleting every row removes the table", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst();
      t.deleteRows(0);
      t.load("values");
      await ctx.sync();
      expect(t.values).toEqual([["1", "2"]]);
      t.deleteRows(0, 1);
      const tables = ctx.document.body.tables.load("items");
      await ctx.sync();
      expect(tables.items).toHaveLength(1);
      ctx.document.body.tables.getFirst().deleteRows(7);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });
});

describe("TableRow and TableCell", () => {
  it("rows expose cells, values, rowIndex and isHeader; cells expose body", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const rows = ctx.document.body.tables.getFirst().rows.load("items/values,items/rowIndex,items/isHeader,items/cellCount");
      const cells = ctx.document.body.tables.getFirst().rows.getFirst().cells.load("items/value");
      const cellBody = ctx.document.body.tables.getFirst().getCell(0, 1).body;
      cellBody.insertText("+", "End");
      cellBody.load("text");
      await ctx.sync();
      expect(rows.items.map((r) => [r.values, r.rowIndex, r.isHeader, r.cellCount])).toEqual([
        [[["A", "B"]], 0, true, 2],
        [[["1", "2"]], 1, false, 2],
      ]);
      expect(cells.items.map((c) => c.value)).toEqual(["A", "B"]);
      expect(cellBody.text).toBe("B+");
    });
  });

  it("row values can be written", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const row = ctx.document.body.tables.getFirst().rows.getFirst();
      row.values = [["X", "Y"]];
      row.load("values");
      await ctx.sync();
      expect(row.values).toEqual([["X", "Y"]]);
    });
  });

  it("a table reached from a paragraph inside it", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs.load("items/text,items/tableNestingLevel");
      await ctx.sync();
      const inTable = paras.items.find((p) => p.text === "Kỳ này")!;
      const t = inTable.parentTableOrNullObject.load("rowCount");
      const cell = inTable.parentTableCellOrNullObject.load("value");
      await ctx.sync();
      expect([inTable.tableNestingLevel, t.rowCount, cell.value]).toEqual([1, 3, "Kỳ này"]);
    });
  });
});
