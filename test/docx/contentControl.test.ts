/** Word.ContentControl on the headless host: properties, navigation, inserts per location, locks, delete, clear. */
import { blockCc, flatOpc, inlineCc, mergedTable, para, run } from "./fixtures";
import { hostWith, rejectsWith } from "./helpers";

const doc = flatOpc(
  blockCc(
    { tag: "sec:1", title: "Mục 1", appearance: "tags" },
    para(run("Có ") + inlineCc({ tag: "fig:n", title: "Số" }, "12") + run(" hồ sơ.")) +
      blockCc({ tag: "sec:1.1" }, para(run("Con ") + inlineCc({ tag: "fig:m" }, "7"))),
  ) +
    para(inlineCc({ tag: "fig:locked", lock: "contentLocked" }, "5") + inlineCc({ tag: "fig:nodelete", lock: "sdtLocked" }, "6")) +
    blockCc({ tag: "tbl:1" }, mergedTable("tbl:1", [["Dòng", "1", "2"]])) +
    para(run("cuối")),
);

async function read(host: Awaited<ReturnType<typeof hostWith>>, tag: string, props = "text"): Promise<Word.ContentControl> {
  return host.run(async (ctx) => {
    const cc = ctx.document.contentControls.getByTag(tag).getFirst().load(props);
    await ctx.sync();
    return cc;
  });
}

describe("content control properties", () => {
  it("reads id, tag, title, text, appearance, locks, type and subtype", async () => {
    const host = await hostWith(doc);
    const sec = await read(host, "sec:1", "id,tag,title,text,appearance,cannotEdit,cannotDelete,type,subtype,placeholderText");
    expect(sec.toJSON()).toEqual({
      id: expect.any(Number), tag: "sec:1", title: "Mục 1", text: "Có 12 hồ sơ.\rCon 7", appearance: "Tags",
      cannotEdit: false, cannotDelete: false, type: "RichText", subtype: "RichTextParagraphs", placeholderText: "",
    });
    expect((await read(host, "fig:n", "subtype")).subtype).toBe("RichTextInline");
    expect((await read(host, "tbl:1", "subtype")).subtype).toBe("RichTextTable");
    const locked = await read(host, "fig:locked", "cannotEdit,cannotDelete");
    expect([locked.cannotEdit, locked.cannotDelete]).toEqual([true, false]);
    const nodelete = await read(host, "fig:nodelete", "cannotEdit,cannotDelete");
    expect([nodelete.cannotEdit, nodelete.cannotDelete]).toEqual([false, true]);
  });

  it("gives every control a unique numeric id, also when the same OOXML is inserted twice", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(doc, "End");
      const ccs = ctx.document.contentControls.load("items/id");
      await ctx.sync();
      const ids = ccs.items.map((c) => c.id);
      expect(ids.length).toBeGreaterThan(10);
      expect(new Set(ids).size).toBe(ids.length);
      ids.forEach((id) => expect(Number.isInteger(id)).toBe(true));
    });
  });

  it("writes tag, title, appearance, cannotEdit, cannotDelete and placeholderText", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:n").getFirst();
      cc.set({ tag: "fig:x", title: "X", appearance: "Hidden", cannotEdit: true, cannotDelete: true, placeholderText: "nhập số" } as never);
      await ctx.sync();
    });
    const cc = await read(host, "fig:x", "tag,title,appearance,cannotEdit,cannotDelete,placeholderText");
    expect(cc.toJSON()).toEqual({ tag: "fig:x", title: "X", appearance: "Hidden", cannotEdit: true, cannotDelete: true, placeholderText: "nhập số" });
  });

  it("rejects an unknown appearance", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getFirst().appearance = "Glow" as never;
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });
});

describe("collections and navigation", () => {
  it("filters by tag and title, and lists nested controls", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const byTitle = ctx.document.contentControls.getByTitle("Số").load("items/tag");
      const nested = ctx.document.contentControls.getByTag("sec:1").getFirst().contentControls.load("items/tag");
      const scoped = ctx.document.contentControls.getByTag("sec:1").getFirst().contentControls.getByTag("fig:m").load("items/text");
      const outside = ctx.document.contentControls.getByTag("sec:1.1").getFirst().contentControls.getByTag("fig:n").load("items");
      await ctx.sync();
      expect(byTitle.items.map((c) => c.tag)).toEqual(["fig:n"]);
      expect(nested.items.map((c) => c.tag)).toEqual(["fig:n", "sec:1.1", "fig:m"]);
      expect(scoped.items.map((c) => c.text)).toEqual(["7"]);
      expect(outside.items).toHaveLength(0);
    });
  });

  it("finds the parent control, or a null object at the top", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const parent = ctx.document.contentControls.getByTag("fig:m").getFirst().parentContentControlOrNullObject.load("tag");
      const top = ctx.document.contentControls.getByTag("sec:1").getFirst().parentContentControlOrNullObject;
      await ctx.sync();
      expect(parent.tag).toBe("sec:1.1");
      expect(top.isNullObject).toBe(true);
    });
  });

  it("lists the paragraphs and tables inside a control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const paras = ctx.document.contentControls.getByTag("sec:1").getFirst().paragraphs.load("items/text");
      const tables = ctx.document.contentControls.getByTag("tbl:1").getFirst().tables.load("items/rowCount");
      await ctx.sync();
      expect(paras.items.map((p) => p.text)).toEqual(["Có 12 hồ sơ.", "Con 7"]);
      expect(tables.items.map((t) => t.rowCount)).toEqual([3]);
    });
  });
});

describe("inserting into a control", () => {
  it.each([
    ["Replace", "99"],
    ["Start", "9912"],
    ["End", "1299"],
  ] as const)("insertText %s on an inline control", async (location, expected) => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:n").getFirst();
      const range = cc.insertText("99", location);
      range.load("text");
      cc.load("text,tag,title");
      await ctx.sync();
      expect(range.text).toBe("99");
      expect([cc.text, cc.tag, cc.title]).toEqual([expected, "fig:n", "Số"]);
    });
  });

  it.each(["Before", "After"] as const)("refuses insertText %s with InvalidArgument", async (location) => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig:n").getFirst().insertText("x", location as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("refuses Replace on a table control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("tbl:1").getFirst().insertText("x", "Replace");
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.contentControls.getByTag("tbl:1").getFirst().insertOoxml(flatOpc(para(run("x"))), "Replace");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("replaces a block control's content with OOXML and keeps the control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const sec = ctx.document.contentControls.getByTag("sec:1").getFirst();
      sec.insertOoxml(flatOpc(para(run("Mới ") + inlineCc({ tag: "fig:new" }, "1")) + para(run("Hai"))), "Replace");
      sec.load("text,tag,appearance");
      const inner = sec.contentControls.load("items/tag");
      await ctx.sync();
      expect([sec.text, sec.tag, sec.appearance]).toEqual(["Mới 1\rHai", "sec:1", "Tags"]);
      expect(inner.items.map((c) => c.tag)).toEqual(["fig:new"]);
    });
  });

  it("merges a one-paragraph OOXML into an inline control, but refuses several paragraphs", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:n").getFirst();
      cc.insertOoxml(flatOpc(para(run("33"))), "Replace");
      cc.load("text");
      await ctx.sync();
      expect(cc.text).toBe("33");
      cc.insertOoxml(flatOpc(para(run("a")) + para(run("b"))), "Replace");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it.each([
    ["Start", ["Đầu", "Có 12 hồ sơ.", "Con 7"], "sec:1"],
    ["End", ["Có 12 hồ sơ.", "Con 7", "Cuối"], "sec:1"],
  ] as const)("insertParagraph %s puts the paragraph inside a block control", async (location, expected, tag) => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const sec = ctx.document.contentControls.getByTag(tag).getFirst();
      sec.insertParagraph(location === "Start" ? "Đầu" : "Cuối", location);
      const paras = sec.paragraphs.load("items/text");
      await ctx.sync();
      expect(paras.items.map((p) => p.text)).toEqual(expected);
    });
  });

  it("insertParagraph Before/After puts the paragraph outside the control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const sec = ctx.document.contentControls.getByTag("sec:1").getFirst();
      sec.insertParagraph("Trước", "Before");
      sec.insertParagraph("Sau", "After");
      sec.load("text");
      const body = ctx.document.body.load("text");
      await ctx.sync();
      expect(sec.text).toBe("Có 12 hồ sơ.\rCon 7");
      expect(body.text.startsWith("Trước\rCó 12 hồ sơ.\rCon 7\rSau\r")).toBe(true);
    });
  });

  it("refuses insertParagraph Before on a table control and Start inside an inline control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("tbl:1").getFirst().insertParagraph("x", "Before");
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.contentControls.getByTag("fig:n").getFirst().insertParagraph("x", "Start");
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.contentControls.getByTag("fig:n").getFirst().insertParagraph("x", "Replace" as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });
});

describe("locks", () => {
  it("refuses writes into a cannotEdit control with AccessDenied", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig:locked").getFirst().insertText("x", "Replace");
      await rejectsWith(ctx.sync(), "AccessDenied");
      ctx.document.contentControls.getByTag("fig:locked").getFirst().clear();
      await rejectsWith(ctx.sync(), "AccessDenied");
    });
  });

  it("refuses writes into controls nested in a cannotEdit control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("sec:1").getFirst().cannotEdit = true;
      ctx.document.contentControls.getByTag("fig:m").getFirst().insertText("x", "Replace");
      await rejectsWith(ctx.sync(), "AccessDenied");
    });
  });

  it("accepts the unlock, write, relock pattern in one batch", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:locked").getFirst();
      cc.cannotEdit = false;
      cc.insertText("50", "Replace");
      cc.cannotEdit = true;
      await ctx.sync();
    });
    const cc = await read(host, "fig:locked", "text,cannotEdit");
    expect([cc.text, cc.cannotEdit]).toEqual(["50", true]);
    expect(host.syncCount).toBe(3);
  });

  it("refuses to delete a cannotDelete control", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig:nodelete").getFirst().delete(true);
      await rejectsWith(ctx.sync(), "AccessDenied");
    });
  });
});

describe("delete, clear, getRange, select", () => {
  it("delete(true) keeps the content, delete(false) removes it", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig:n").getFirst().delete(true);
      ctx.document.contentControls.getByTag("fig:m").getFirst().delete(false);
      const sec = ctx.document.contentControls.getByTag("sec:1").getFirst().load("text");
      const tags = ctx.document.contentControls.load("items/tag");
      await ctx.sync();
      expect(sec.text).toBe("Có 12 hồ sơ.\rCon ");
      expect(tags.items.map((c) => c.tag)).not.toContain("fig:n");
      expect(tags.items.map((c) => c.tag)).not.toContain("fig:m");
    });
  });

  it("a proxy of a deleted control fails with ItemNotFound", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:n").getFirst();
      cc.delete(false);
      await ctx.sync();
      cc.load("text");
      await rejectsWith(ctx.sync(), "ItemNotFound");
    });
  });

  it("clear() empties the control and keeps it, showing Word's placeholder (office-js#1515)", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const sec = ctx.document.contentControls.getByTag("sec:1").getFirst();
      sec.clear();
      sec.load("text,tag");
      const paras = sec.paragraphs.load("items");
      await ctx.sync();
      expect([sec.text, sec.tag, paras.items.length]).toEqual(["Click or tap here to enter text.", "sec:1", 1]);
    });
  });

  it("getRange gives the whole control, its content, and points around it", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:n").getFirst();
      const whole = cc.getRange("Whole").load("text");
      const content = cc.getRange("Content").load("text");
      cc.getRange("After").insertText("!", "Replace");
      cc.load("text");
      const para0 = ctx.document.body.paragraphs.getFirst().load("text");
      await ctx.sync();
      expect([whole.text, content.text, cc.text, para0.text]).toEqual(["12", "12", "12", "Có 12! hồ sơ."]);
      cc.getRange("Middle" as never).load("text");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("select() records the selection for the UI", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig:m").getFirst().select();
      await ctx.sync();
    });
    expect(host.selection).toEqual({ kind: "contentControl", id: expect.any(Number), tag: "fig:m", title: "" });
  });
});

describe("more Word behaviours", () => {
  it("keeps placeholderText in the glossary across save and open", async () => {
    const { openDocx } = await import("../../src/docx");
    const { partText } = await import("./helpers");
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig:n").getFirst().placeholderText = "Nhập số hồ sơ";
      await ctx.sync();
    });
    const bytes = await host.save();
    expect(await partText(bytes, "word/glossary/document.xml")).toContain("Nhập số hồ sơ");
    const again = await openDocx(bytes);
    const cc = await again.run(async (ctx) => {
      const c = ctx.document.contentControls.getByTag("fig:n").getFirst().load("placeholderText");
      await ctx.sync();
      return c.placeholderText;
    });
    expect(cc).toBe("Nhập số hồ sơ");
  });

  it("refuses to replace content that holds a cannotDelete control", async () => {
    const host = await hostWith(flatOpc(blockCc({ tag: "sec" }, para(inlineCc({ tag: "keep", lock: "sdtLocked" }, "1")))));
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("sec").getFirst().insertText("x", "Replace");
      await rejectsWith(ctx.sync(), "AccessDenied");
      ctx.document.contentControls.getByTag("sec").getFirst().clear();
      await rejectsWith(ctx.sync(), "AccessDenied");
    });
  });

  it("rebuilds a table control by replacing its whole range with new OOXML", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const old = ctx.document.contentControls.getByTag("tbl:1").getFirst();
      old.getRange("Whole").insertOoxml(flatOpc(blockCc({ tag: "tbl:1" }, mergedTable("tbl:1", [["a", "1", "2"], ["b", "3", "4"]]))), "Replace");
      const tables = ctx.document.contentControls.getByTag("tbl:1").load("items");
      const cells = ctx.document.contentControls.getByTag("tbl:1:r1c1").load("items/text");
      await ctx.sync();
      expect(tables.items).toHaveLength(1);
      expect(cells.items.map((c) => c.text)).toEqual(["4"]);
      old.load("text");
      await rejectsWith(ctx.sync(), "ItemNotFound");
    });
  });

  it("document.load follows paths into body and properties", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.properties.customProperties.add("k", "v");
      ctx.document.load("body/text,properties/customProperties/items/key");
      await ctx.sync();
      expect(ctx.document.body.text.endsWith("cuối")).toBe(true);
      expect(ctx.document.properties.customProperties.items.map((p) => p.key)).toEqual(["k"]);
    });
  });
});
