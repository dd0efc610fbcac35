/**
 * Paragraph.listItem / listItemOrNullObject (WordApi 1.3): the number Word draws for a list paragraph, from
 * the paragraph's own numbering or its style's, counted on through the document and tables.
 */
import { openDocx, type DocxHost } from "../../src/docx";
import { numbered, numberedPackage } from "../support/numberedOoxml";

/** The paragraphs' texts and what Word draws in front of each ("" for none). */
const CASES: readonly (readonly [string, string, string | null])[] = [
  ["by its style", numbered("CÔNG TÁC CHỈ ĐẠO", null, 0, "Muc"), "I."],
  ["level 2", numbered("Chỉ đạo, điều hành", 1, 1), "1."],
  ["level 2 counts on", numbered("Về thanh tra", 1, 1), "2."],
  ["level 3 with its parent's number", numbered("Công tác công khai", 1, 2), "2.1."],
  ["level 4, a letter", numbered("Kết quả", 1, 3), "a)"],
  ["level 4 counts on", numbered("Thực hiện", 1, 3), "b)"],
  ["a paragraph outside the list", numbered("Sở Công Thương đã xây dựng", null), null],
  ["the top level again, by its style", numbered("KẾT QUẢ THỰC HIỆN", null, 0, "Muc"), "II."],
  ["level 2 restarted below it", numbered("Ban hành", 1, 1), "1."],
  ["a bullet", numbered("gạch đầu dòng", 3, 0), "-"],
  ["numId 0 on a paragraph of a numbered style", numbered("không số", 0, 0, "Muc"), null],
  ["another instance of the list restarting at 5", numbered("ĐỀ XUẤT", 2, 0), "V."],
];

function reportWithLists(): string {
  const table = `<w:tbl><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc>${numbered("Trong bảng", 1, 1)}</w:tc></w:tr></w:tbl>`;
  return numberedPackage(
    CASES.slice(0, 6)
      .map((c) => c[1])
      .join("") +
      table +
      CASES.slice(6)
        .map((c) => c[1])
        .join(""),
  );
}

let host: DocxHost;
beforeAll(async () => {
  host = await openDocx();
  await host.run(async (context) => {
    context.document.body.insertOoxml(reportWithLists(), "Replace");
    await context.sync();
  });
  // Saved and opened again: the numbering is the package's, not the inserted copy's.
  host = await openDocx(await host.save());
});

type Read = { text: string; listString: string | null; level: number | null };

/** Every paragraph's text and list number, read in one batch through the items' load path. */
async function readAll(): Promise<{ read: Read[]; syncs: number }> {
  const before = host.syncCount;
  const read = await host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load(
      "items/text,items/isListItem,items/listItemOrNullObject/listString,items/listItemOrNullObject/level",
    );
    await context.sync();
    return paragraphs.items.map((p) => {
      expect(p.isListItem).toBe(!p.listItemOrNullObject.isNullObject);
      return p.listItemOrNullObject.isNullObject
        ? { text: p.text, listString: null, level: null }
        : {
            text: p.text,
            listString: p.listItemOrNullObject.listString,
            level: p.listItemOrNullObject.level,
          };
    });
  });
  return { read, syncs: host.syncCount - before };
}

describe("Paragraph.listItemOrNullObject", () => {
  it.each(
    CASES.map(([name, xml, expected]) => [name, /<w:t[^>]*>([^<]*)</.exec(xml)![1]!, expected] as const),
  )("%s: “%s” is drawn as %p", async (_name, text, expected) => {
    const { read } = await readAll();
    expect(read.find((r) => r.text === text)?.listString).toBe(expected);
  });

  it("counts on through a table: the list paragraph in a cell is the third of its level, after two of level 4", async () => {
    const { read } = await readAll();
    expect(read.find((r) => r.text === "Trong bảng")).toEqual({
      text: "Trong bảng",
      listString: "3.",
      level: 1,
    });
  });

  it("is read for every paragraph in the one sync that loads them", async () => {
    const { syncs, read } = await readAll();
    expect(syncs).toBe(1);
    expect(read.filter((r) => r.listString !== null)).toHaveLength(11);
  });
});

describe("Paragraph.listItem", () => {
  it("reads the number of a list paragraph", async () => {
    const text = await host.run(async (context) => {
      const item = context.document.body.paragraphs.getFirst().listItem.load("listString,level,siblingIndex");
      await context.sync();
      return { listString: item.listString, level: item.level, siblingIndex: item.siblingIndex };
    });
    expect(text).toEqual({ listString: "I.", level: 0, siblingIndex: 0 });
  });

  it("fails with ItemNotFound on a paragraph outside a list, as Word does", async () => {
    await expect(
      host.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        const plain = paragraphs.items.find((p) => p.text === "Sở Công Thương đã xây dựng")!;
        plain.listItem.load("listString");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
