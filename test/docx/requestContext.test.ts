/**
 * The batching contract of Word.run / RequestContext on the headless host: queued commands, load/sync,
 * PropertyNotLoaded, null objects, failing commands, sync counting.
 */
import { openDocx } from "../../src/docx";
import { blockCc, flatOpc, inlineCc, para, run } from "./fixtures";
import { hostWith, rejectsWith, throwsWith } from "./helpers";

const twoFigures = flatOpc(
  para(run("A ") + inlineCc({ tag: "fig:a", title: "Figure A" }, "1") + run(" B ") + inlineCc({ tag: "fig:b" }, "2")) +
    blockCc({ tag: "sec:1" }, para(run("Section"))),
);

describe("Word.run contract", () => {
  it("returns the batch's result", async () => {
    const host = await openDocx();
    await expect(host.run(async () => 42)).resolves.toBe(42);
  });

  it("makes one final sync only when commands are still queued", async () => {
    const host = await openDocx();
    await host.run(async () => undefined);
    expect(host.syncCount).toBe(0);
    await host.run(async (ctx) => {
      ctx.document.body.insertParagraph("x", "End");
    });
    expect(host.syncCount).toBe(1);
    await host.run(async (ctx) => {
      ctx.document.body.insertParagraph("y", "End");
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
  });

  it("counts every explicit sync, even an empty one", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
  });

  it("runs nothing before sync: queued writes are invisible until then", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:a").getFirst();
      cc.insertText("99", "Replace");
      const other = ctx.document.contentControls.getByTag("fig:a").getFirst();
      other.load("text");
      await ctx.sync();
      expect(other.text).toBe("99");
    });
  });

  it("rejects a batch that throws, without the final sync", async () => {
    const host = await openDocx();
    await expect(
      host.run(async (ctx) => {
        ctx.document.body.insertParagraph("never", "End");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(host.syncCount).toBe(0);
  });

  it("rejects a batch that does not return a promise (RunMustReturnPromise)", async () => {
    const host = await openDocx();
    await rejectsWith(host.run((() => 1) as never), "RunMustReturnPromise");
  });

  it("exposes trackedObjects.add/remove and context.load", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const body = ctx.document.body;
      ctx.trackedObjects.add(body);
      ctx.trackedObjects.remove(body);
      ctx.load(body, "text");
      await ctx.sync();
      expect(body.text).toContain("Section");
    });
  });
});

describe("load and PropertyNotLoaded", () => {
  it("throws PropertyNotLoaded for a property that was not loaded", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getFirst();
      cc.load("tag");
      throwsWith(() => cc.tag, "PropertyNotLoaded"); // loaded but not yet synced
      await ctx.sync();
      expect(cc.tag).toBe("fig:a");
      throwsWith(() => cc.text, "PropertyNotLoaded");
      throwsWith(() => cc.title, "PropertyNotLoaded");
    });
  });

  it("throws PropertyNotLoaded for the items of an unloaded collection", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls;
      throwsWith(() => ccs.items, "PropertyNotLoaded");
      await ctx.sync();
      throwsWith(() => ccs.items, "PropertyNotLoaded");
    });
  });

  it.each([
    ["a comma list with paths", "items/tag,items/text"],
    ["an array of paths", ["items/tag", "items/text"]],
    ["select", { select: "tag,text" }],
    ["select as array", { select: ["tag", "text"] }],
    ["the object form", { tag: true, text: true }],
  ] as const)("loads collection items from %s", async (_name, option) => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls;
      ccs.load(option as never);
      await ctx.sync();
      expect(ccs.items.map((c) => [c.tag, c.text])).toEqual([["fig:a", "1"], ["fig:b", "2"], ["sec:1", "Section"]]);
      throwsWith(() => ccs.items[0]!.title, "PropertyNotLoaded");
    });
  });

  it("loads everything with load() and follows paths into navigation properties", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const sec = ctx.document.contentControls.getByTag("sec:1").getFirst();
      sec.load();
      const body = ctx.document.body.load("paragraphs/items/text");
      await ctx.sync();
      expect([sec.tag, sec.title, sec.text, sec.cannotEdit, sec.appearance]).toEqual(["sec:1", "", "Section", false, "BoundingBox"]);
      expect(body.paragraphs.items.map((p) => p.text)).toEqual(["A 1 B 2", "Section"]);
    });
  });

  it("supports $top and $skip", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls.load({ $top: 1, $skip: 1, tag: true } as never);
      await ctx.sync();
      expect(ccs.items.map((c) => c.tag)).toEqual(["fig:b"]);
    });
  });

  it("fails the sync for a property that does not exist", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getFirst().load("noSuchThing");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("gives values as they were at the point of the load in the batch", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:a").getFirst();
      cc.load("text");
      cc.insertText("changed", "Replace");
      await ctx.sync();
      expect(cc.text).toBe("1");
      cc.load("text");
      await ctx.sync();
      expect(cc.text).toBe("changed");
    });
  });

  it("makes a set property readable at once and writes it at sync", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig:a").getFirst();
      cc.tag = "fig:renamed";
      expect(cc.tag).toBe("fig:renamed");
      const again = ctx.document.contentControls.getByTag("fig:renamed");
      again.load("items");
      await ctx.sync();
      expect(again.items).toHaveLength(1);
    });
  });
});

describe("null objects and missing items", () => {
  it("getFirst on an empty collection fails the sync with ItemNotFound", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("nope").getFirst();
      cc.load("tag");
      await rejectsWith(ctx.sync(), "ItemNotFound");
    });
  });

  it("getFirstOrNullObject gives isNullObject true (and false when found)", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const missing = ctx.document.contentControls.getByTag("nope").getFirstOrNullObject();
      const found = ctx.document.contentControls.getByTag("fig:b").getFirstOrNullObject();
      found.load("text");
      throwsWith(() => missing.isNullObject, "PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.text).toBe("2");
    });
  });

  it("getItemOrNullObject on custom properties gives a null object for an unknown key", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      const p = ctx.document.properties.customProperties.getItemOrNullObject("missing");
      p.load("value");
      await ctx.sync();
      expect(p.isNullObject).toBe(true);
    });
  });

  it("a method on a null object fails the sync with ItemNotFound", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("nope").getFirstOrNullObject().insertText("x", "Replace");
      await rejectsWith(ctx.sync(), "ItemNotFound");
    });
  });
});

describe("a failing command", () => {
  it("stops the batch: later commands of the same sync do not run", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const a = ctx.document.contentControls.getByTag("fig:a").getFirst();
      const b = ctx.document.contentControls.getByTag("fig:b").getFirst();
      a.insertText("first", "Replace");
      b.insertText("bad", "Before" as never); // not allowed on a content control
      a.insertText("third", "Replace");
      const err = await rejectsWith(ctx.sync(), "InvalidArgument");
      expect(err.debugInfo.errorLocation).toBe("ContentControl.insertText");
      a.load("text");
      b.load("text");
      await ctx.sync();
      expect(a.text).toBe("first");
      expect(b.text).toBe("2");
    });
  });

  it("does not publish values loaded earlier in the failed sync", async () => {
    const host = await hostWith(twoFigures);
    await host.run(async (ctx) => {
      const a = ctx.document.contentControls.getByTag("fig:a").getFirst().load("text");
      ctx.document.contentControls.getByTag("nope").getFirst().load("text");
      await rejectsWith(ctx.sync(), "ItemNotFound");
      throwsWith(() => a.text, "PropertyNotLoaded");
    });
  });

  it("rejects with an error shaped like OfficeExtension.Error", async () => {
    const host = await hostWith(twoFigures);
    const err = await rejectsWith(
      host.run(async (ctx) => {
        ctx.document.contentControls.getByTag("nope").getFirst().load("text");
        await ctx.sync();
      }),
      "ItemNotFound",
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("RichApi.Error");
    expect(err.debugInfo.message).toBe(err.message);
  });
});
