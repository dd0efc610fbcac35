/**
 * The host's cost is linear: a thousand controls are scanned in one sync, and a refresh that looks a thousand
 * controls up by tag and writes them rebuilds the control index a bounded number of times (not once per write).
 * No timing asserts here: timings live in bench/docx.bench.ts.
 */
import { blockCc, flatOpc, inlineCc, para, run } from "./fixtures";
import { hostWith } from "./helpers";
import type { DocxHost } from "../../src/docx";

function manyControls(n: number): string {
  const sections: string[] = [];
  for (let s = 0; s < n / 10; s++) {
    let body = "";
    for (let i = 0; i < 9; i++) body += para(run(`Chỉ tiêu ${s}.${i}: `) + inlineCc({ tag: `fig:${s}.${i}` }, String(i)));
    sections.push(blockCc({ tag: `sec:${s}` }, body));
  }
  return flatOpc(sections.join(""));
}

const indexBuilds = (host: DocxHost): number => (host as unknown as { model: { ccIndex: { buildCount: number } } }).model.ccIndex.buildCount;

describe("scale", () => {
  it("scans 1,000 controls (tag and text) in one sync", async () => {
    const host = await hostWith(manyControls(1000));
    const before = host.syncCount;
    const scanned = await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls.load({ select: "tag,text" });
      await ctx.sync();
      return ccs.items.map((c) => [c.tag, c.text]);
    });
    expect(host.syncCount - before).toBe(1);
    expect(scanned).toHaveLength(1000);
    expect(scanned[1]).toEqual(["fig:0.0", "0"]);
  });

  it("refreshes 900 figures by tag in one sync with a bounded number of index builds", async () => {
    const host = await hostWith(manyControls(1000));
    const buildsBefore = indexBuilds(host);
    await host.run(async (ctx) => {
      for (let s = 0; s < 100; s++) {
        for (let i = 0; i < 9; i++) {
          const cc = ctx.document.contentControls.getByTag(`fig:${s}.${i}`).getFirst();
          cc.insertText(`${s * 10 + i}`, "Replace");
        }
      }
      await ctx.sync();
    });
    expect(indexBuilds(host) - buildsBefore).toBeLessThanOrEqual(1);
    const texts = await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls.getByTag("fig:99.8").load("items/text");
      await ctx.sync();
      return ccs.items.map((c) => c.text);
    });
    expect(texts).toEqual(["998"]);
  });

  it("setting tags in a loop does not rebuild the index per write", async () => {
    const host = await hostWith(manyControls(200));
    const buildsBefore = indexBuilds(host);
    await host.run(async (ctx) => {
      for (let s = 0; s < 20; s++) {
        ctx.document.contentControls.getByTag(`fig:${s}.0`).getFirst().tag = `renamed:${s}`;
        ctx.document.contentControls.getByTag(`renamed:${s}`).getFirst().load("tag");
      }
      await ctx.sync();
    });
    expect(indexBuilds(host) - buildsBefore).toBeLessThanOrEqual(1);
  });
});
