/** Word.Body, Word.Paragraph and Word.Range on the headless host. */
import { openDocx } from "../../src/docx";
import { blockCc, flatOpc, inlineCc, mergedTable, para, run } from "./fixtures";
import { hostWith, rejectsWith } from "./helpers";

const doc = flatOpc(
  para(run("Quý I/2021 tăng so với Quý I/2020.")) +
    blockCc({ tag: "sec:a" }, para(run("Trong Quý i/2020 có ") + inlineCc({ tag: "fig:a" }, "3") + run(" việc."))) +
    mergedTable("t", [["Dòng", "1", "2"]]) +
    para(run("Hết")),
);

describe("Body", () => {
  it("reads text with paragraphs separated by \\r", async () => {
    const host = await hostWith(flatOpc(para(run("Một")) + para(run("Hai\tba"))));
    await host.run(async (ctx) => {
      const body = ctx.document.body.load("text");
      await ctx.sync();
      expect(body.text).toBe("Một\rHai\tba");
    });
  });

  it.each([
    ["Start", "X\rMột\rHai", "XMột\rHai"],
    ["End", "Một\rHai\rX", "Một\rHaiX"],
  ] as const)("insertParagraph and insertText %s", async (location, afterParagraph, afterText) => {
    const base = flatOpc(para(run("Một")) + para(run("Hai")));
    const host1 = await hostWith(base);
    const host2 = await hostWith(base);
    const texts = await Promise.all(
      [
        [host1, (b: Word.Body) => b.insertParagraph("X", location)],
        [host2, (b: Word.Body) => b.insertText("X", location)],
      ].map(([host, write]) =>
        (host as Awaited<ReturnType<typeof hostWith>>).run(async (ctx) => {
          (write as (b: Word.Body) => unknown)(ctx.document.body);
          const body = ctx.document.body.load("text");
          await ctx.sync();
          return body.text;
        }),
      ),
    );
    expect(texts).toEqual([afterParagraph, afterText]);
  });

  it("insertText Replace makes the body one paragraph; \\n starts new paragraphs", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.body.insertText("a\nb", "Replace");
      const body = ctx.document.body.load("text");
      const paras = ctx.document.body.paragraphs.load("items");
      const ccs = ctx.document.body.contentControls.load("items");
      await ctx.sync();
      expect([body.text, paras.items.length, ccs.items.length]).toEqual(["a\rb", 2, 0]);
    });
  });

  it.each([["Before"], ["After"]] as const)("refuses %s for insertText, insertOoxml and insertParagraph", async (location) => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.body.insertText("x", location as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.body.insertOoxml(flatOpc(para(run("x"))), location as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.body.insertParagraph("x", location as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.body.insertParagraph("x", "Replace" as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("insertOoxml Start/End adds blocks and returns their range", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const r = ctx.document.body.insertOoxml(flatOpc(para(run("Đầu"))), "Start").load("text");
      ctx.document.body.insertOoxml(flatOpc(para(run("Cuối 1")) + para(run("Cuối 2"))), "End");
      const paras = ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      expect(r.text).toBe("Đầu");
      expect(paras.items[0]!.text).toBe("Đầu");
      expect(paras.items.slice(-2).map((p) => p.text)).toEqual(["Cuối 1", "Cuối 2"]);
    });
  });

  it("fails insertOoxml with GeneralException on malformed or foreign XML", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml("<w:p>", "End");
      await rejectsWith(ctx.sync(), "GeneralException");
      ctx.document.body.insertOoxml("<html/>", "End");
      await rejectsWith(ctx.sync(), "GeneralException");
    });
  });

  it("accepts a bare w:document", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>trần</w:t></w:r></w:p></w:body></w:document>',
        "Replace",
      );
      const body = ctx.document.body.load("text");
      await ctx.sync();
      expect(body.text).toBe("trần");
    });
  });

  it("lists paragraphs (table paragraphs included), content controls and tables", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const body = ctx.document.body;
      const paras = body.paragraphs.load("items/text");
      const ccs = body.contentControls.load("items/tag");
      const tables = body.tables.load("items/rowCount");
      await ctx.sync();
      expect(paras.items.map((p) => p.text)).toContain("Kỳ này");
      expect(ccs.items.map((c) => c.tag)).toEqual(["sec:a", "fig:a", "t:r0c0", "t:r0c1"]);
      expect(tables.items.map((t) => t.rowCount)).toEqual([3]);
    });
  });

  it("search honours matchCase and matchWholeWord and returns ranges that can be written", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const anyCase = ctx.document.body.search("quý i/2020").load("items/text");
      const exact = ctx.document.body.search("Quý I/2020", { matchCase: true }).load("items/text");
      const word = ctx.document.body.search("Quý", { matchWholeWord: true }).load("items");
      const part = ctx.document.body.search("Qu", { matchWholeWord: true }).load("items");
      await ctx.sync();
      expect(anyCase.items.map((r) => r.text)).toEqual(["Quý I/2020", "Quý i/2020"]);
      expect(exact.items.map((r) => r.text)).toEqual(["Quý I/2020"]);
      expect([word.items.length, part.items.length]).toEqual([3, 0]);
      exact.items[0]!.insertText("Quý I/2021", "Replace");
      const first = ctx.document.body.paragraphs.getFirst().load("text");
      await ctx.sync();
      expect(first.text).toBe("Quý I/2021 tăng so với Quý I/2021.");
    });
  });

  it("getRange and clear", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const whole = ctx.document.body.getRange("Whole").load("text");
      await ctx.sync();
      expect(whole.text.startsWith("Quý I/2021")).toBe(true);
      ctx.document.body.clear();
      const body = ctx.document.body.load("text");
      const paras = ctx.document.body.paragraphs.load("items");
      await ctx.sync();
      expect([body.text, paras.items.length]).toEqual(["", 1]);
    });
  });

  it("wraps the whole body in a content control", async () => {
    const host = await hostWith(flatOpc(para(run("a")) + para(run("b"))));
    await host.run(async (ctx) => {
      const cc = ctx.document.body.insertContentControl();
      cc.tag = "all";
      cc.load("text,subtype");
      await ctx.sync();
      expect([cc.text, cc.subtype]).toEqual(["a\rb", "RichTextParagraphs"]);
    });
  });
});

describe("Paragraph", () => {
  it("reads text and writes with Replace/Start/End; refuses Before", async () => {
    const host = await hostWith(flatOpc(para(run("giữa"))));
    await host.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.insertText("đầu ", "Start");
      p.insertText(" cuối", "End");
      p.load("text");
      await ctx.sync();
      expect(p.text).toBe("đầu giữa cuối");
      p.insertText("mới", "Replace");
      p.load("text");
      await ctx.sync();
      expect(p.text).toBe("mới");
      p.insertText("x", "Before" as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("insertParagraph Before/After; refuses Start", async () => {
    const host = await hostWith(flatOpc(para(run("giữa"))));
    await host.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.insertParagraph("trước", "Before");
      const after = p.insertParagraph("sau", "After").load("text");
      const body = ctx.document.body.load("text");
      await ctx.sync();
      expect([body.text, after.text]).toEqual(["trước\rgiữa\rsau", "sau"]);
      p.insertParagraph("x", "Start" as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("insertContentControl wraps the paragraph in a block control with a fresh id", async () => {
    const host = await hostWith(flatOpc(para(run("Tiêu đề"))));
    await host.run(async (ctx) => {
      const cc = ctx.document.body.paragraphs.getFirst().insertContentControl();
      cc.tag = "bc:sec:X";
      cc.title = "X";
      cc.load("id,text,subtype");
      await ctx.sync();
      expect([cc.text, cc.subtype, typeof cc.id]).toEqual(["Tiêu đề", "RichTextParagraphs", "number"]);
    });
  });

  it("getRange Content and End; parentContentControlOrNullObject", async () => {
    const host = await hostWith(doc);
    await host.run(async (ctx) => {
      const p = ctx.document.contentControls.getByTag("sec:a").getFirst().paragraphs.getFirst();
      const content = p.getRange("Content").load("text");
      p.getRange("End").insertText("!", "Replace");
      const parent = p.parentContentControlOrNullObject.load("tag");
      p.load("text");
      await ctx.sync();
      expect(content.text).toBe("Trong Quý i/2020 có 3 việc.");
      expect(p.text).toBe("Trong Quý i/2020 có 3 việc.!");
      expect(parent.tag).toBe("sec:a");
      p.getRange("Before" as never).load("text");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });
});

describe("Range", () => {
  it.each([
    ["Replace", "Có X rồi"],
    ["Before", "Có Xba rồi"],
    ["After", "Có baX rồi"],
    ["Start", "Có Xba rồi"],
    ["End", "Có baX rồi"],
  ] as const)("insertText %s on a found range", async (location, expected) => {
    const host = await hostWith(flatOpc(para(run("Có ba rồi"))));
    await host.run(async (ctx) => {
      const found = ctx.document.body.search("ba").getFirst();
      found.insertText("X", location);
      const p = ctx.document.body.paragraphs.getFirst().load("text");
      await ctx.sync();
      expect(p.text).toBe(expected);
    });
  });

  it("insertContentControl turns a found phrase into an inline control; contentControls lists it", async () => {
    const host = await hostWith(flatOpc(para(run("Báo cáo Quý I/2021 của Sở"))));
    await host.run(async (ctx) => {
      const found = ctx.document.body.search("Quý I/2021").getFirst();
      const cc = found.insertContentControl();
      cc.tag = "bc:per:label";
      cc.load("text,subtype");
      const inRange = found.contentControls.load("items/tag");
      const p = ctx.document.body.paragraphs.getFirst().load("text");
      await ctx.sync();
      expect([cc.text, cc.subtype, p.text]).toEqual(["Quý I/2021", "RichTextInline", "Báo cáo Quý I/2021 của Sở"]);
      expect(inRange.items.map((c) => c.tag)).toEqual([]);
      const whole = cc.getRange("Whole").contentControls.load("items/tag");
      await ctx.sync();
      expect(whole.items.map((c) => c.tag)).toEqual(["bc:per:label"]);
    });
  });

  it("insertOoxml After a range, insertParagraph After, and select", async () => {
    const host = await hostWith(flatOpc(para(run("một hai"))));
    await host.run(async (ctx) => {
      const r = ctx.document.body.search("một").getFirst();
      r.insertOoxml(flatOpc(para(run("+"))), "After");
      r.insertParagraph("dòng mới", "After");
      r.select();
      const body = ctx.document.body.load("text");
      await ctx.sync();
      expect(body.text).toBe("một+ hai\rdòng mới");
    });
    expect(host.selection).toEqual({ kind: "range", text: "một" });
  });

  it("refuses Range.insertParagraph Replace", async () => {
    const host = await hostWith(flatOpc(para(run("một"))));
    await host.run(async (ctx) => {
      ctx.document.body.search("một").getFirst().insertParagraph("x", "Replace" as never);
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });
});
