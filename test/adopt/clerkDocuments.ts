/**
 * Test documents made the way clerks make them: a report produced by the add-in, then stripped of every
 * content control and of the metadata (what remains is plain paragraphs and real Word tables), its runs split
 * at random places — inside words and numbers — with spell-check marks, bookmarks and revision ids between
 * them, and figures that differ from the fixture. The figures each was made with are kept as the truth.
 */
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx, type DocxHost } from "../../src/docx";
import { scanStalePeriods } from "../../src/domain/checks/stalePeriod";
import type { Figures } from "../../src/domain/figures/schema";
import { METADATA_NAMESPACE } from "../../src/domain/metadata";
import type { Period } from "../../src/domain/period";
import { findAgency } from "../../src/domain/template/agencies";
import { findTemplate } from "../../src/domain/template/registry";
import type { AgencyProfile, Template } from "../../src/domain/template/types";
import { WordSession } from "../../src/word";
import { checkReport, draftReport, refreshReport, rollForward } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";

export const template: Template = findTemplate(undefined)!;
export const agency: AgencyProfile = findAgency("sct-dongnai")!;
export const q1: Period = { year: 2021, kind: "Q1" };
export const fixture: Figures = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json"), "utf8"),
);

/** A small deterministic generator, so that a failing document can be made again from its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** The fixture with some integer inputs moved, prose and table alike: the figures a document is made with. */
export function variedFigures(seed: number): Figures {
  const next = random(seed);
  const f = structuredClone(fixture);
  for (const [key, value] of Object.entries(f.fields)) {
    const def = template.fields[key];
    if (typeof value === "number" && def?.type === "integer" && next() < 0.5)
      f.fields[key] = value + 1 + Math.floor(next() * 5);
  }
  for (const [id, table] of Object.entries(f.tables)) {
    // Counts only: a percent moved past 100 would be figures no clerk could have.
    const counts = new Set(
      template.tables[id]?.columns.filter((c) => c.format.kind === "integer").map((c) => c.key),
    );
    for (const row of table.rows) {
      for (const [key, value] of Object.entries(row))
        if (typeof value === "number" && counts.has(key) && next() < 0.3)
          row[key] = value + Math.floor(next() * 3);
    }
  }
  return f;
}

/** The report as the add-in inserts it, saved. */
export async function draftedDocx(figures: Figures): Promise<Uint8Array> {
  const host = await openDocx();
  const session = new WordSession((b) => host.run(b), { customXmlParts: true });
  await draftReport(session, shippedRenderer, {
    input: { template, figures, agency, period: q1 },
    now: new Date(0),
  });
  return host.save();
}

/** Every content control unwrapped (its content stays where it was) and the metadata part removed. */
export async function stripped(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml")!;
  const xml = (await file.async("string"))
    .replace(/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/g, "")
    .replace(/<w:sdtEndPr>[\s\S]*?<\/w:sdtEndPr>|<w:sdtEndPr\/>/g, "")
    .replace(/<\/?w:sdt>|<\/?w:sdtContent>/g, "");
  zip.file("word/document.xml", xml);
  const host = await openDocx(await zip.generateAsync({ type: "uint8array" }));
  await host.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items");
    await context.sync();
    for (const part of parts.items) part.delete();
    await context.sync();
  });
  return host.save();
}

const decode = (xml: string): string =>
  xml.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );
const encode = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const hex = (next: () => number) =>
  Math.floor(next() * 0xffffffff)
    .toString(16)
    .toUpperCase()
    .padStart(8, "0");

/**
 * Every text run cut at random places (inside words and numbers), with a spell-check mark, a bookmark or
 * nothing between the pieces, and revision ids on the runs, as Word and LibreOffice leave them.
 */
export async function scrambled(bytes: Uint8Array, seed: number): Promise<Uint8Array> {
  const next = random(seed);
  let bookmark = 9000;
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")!.async("string")).replace(
    /<w:r>((?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?)<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g,
    (_all, rPr: string, text: string) => {
      const chars = [...decode(text)];
      const pieces: string[] = [];
      let at = 0;
      while (at < chars.length) {
        const take = 1 + Math.floor(next() * 7);
        pieces.push(chars.slice(at, at + take).join(""));
        at += take;
      }
      return pieces
        .map((piece, i) => {
          const between =
            i === 0
              ? ""
              : next() < 0.2
                ? `<w:proofErr w:type="${next() < 0.5 ? "spellStart" : "gramEnd"}"/>`
                : next() < 0.1
                  ? `<w:bookmarkStart w:id="${++bookmark}" w:name="_Hlk${bookmark}"/><w:bookmarkEnd w:id="${bookmark}"/>`
                  : "";
          return `${between}<w:r w:rsidR="${hex(next)}" w:rsidRPr="${hex(next)}">${rPr}<w:t xml:space="preserve">${encode(piece)}</w:t></w:r>`;
        })
        .join("");
    },
  );
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

export const sessionOf = (host: DocxHost) => new WordSession((b) => host.run(b), { customXmlParts: true });

/** The stale-period phrases of a document's prose for a period, whatever period its metadata names. */
export const scanStaleDocument = (session: WordSession, period: Period) =>
  session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    return scanStalePeriods(
      paragraphs.items.map((p) => p.text),
      period,
    );
  });

/** Every paragraph's text and every table's cells, as Word reads them. */
export async function documentText(host: DocxHost): Promise<{ paragraphs: string[]; tables: string[][][] }> {
  return host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    const tables = context.document.body.tables.load("items/values");
    await context.sync();
    return { paragraphs: paragraphs.items.map((p) => p.text), tables: tables.items.map((t) => t.values) };
  });
}

/** LibreOffice opens the .docx and saves it again as .docx, with its own runs, styles and ids. */
export function throughLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "baocao-adopt-lo-"));
  const input = join(dir, "in", "report.docx");
  execFileSync("mkdir", ["-p", join(dir, "in"), join(dir, "out")]);
  writeFileSync(input, bytes);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file:///tmp/lo-adopt-${process.pid}`,
      "--headless",
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      join(dir, "out"),
      input,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  return new Uint8Array(readFileSync(join(dir, "out", "report.docx")));
}

/**
 * What a clerk does next with an adopted report, as with one the add-in made: roll to 6 tháng (the title's
 * period phrase changes), check (no control missing or doubled), refresh with the 6-month figures (applied, no
 * error).
 */
export async function expectRollsChecksAndRefreshes(session: WordSession, figures: Figures): Promise<void> {
  const h1Period = { year: 2021, kind: "H1" } as const;
  const rolled = await rollForward(session, shippedRenderer, {
    next: h1Period,
    now: new Date(0),
    findTemplate,
    findAgency,
  });
  expect(rolled.refused).toBeUndefined();
  expect(rolled.plan.changes.some((c) => c.tag === "bc:per:label" && /6 tháng/.test(c.new))).toBe(true);
  const check = await checkReport(session, shippedRenderer, { findTemplate, findAgency });
  expect(check.entries.filter((e) => e.issue.code.startsWith("doc."))).toEqual([]);
  const h1: Figures = {
    ...structuredClone(figures),
    period: "2021-H1",
    dataWindow: { from: "2021-01-01", to: "2021-06-01" },
    asOfDate: "2021-06-02",
  };
  const refreshed = await refreshReport(session, shippedRenderer, {
    input: { template, figures: h1, agency, period: h1Period },
    now: new Date(0),
    dryRun: false,
    overwrite: new Set(),
  });
  expect(refreshed.refused).toBeUndefined();
  expect(refreshed.applied).toBe(true);
  expect(refreshed.plan.issues.filter((i) => (i.severity ?? "error") === "error")).toEqual([]);
}

/** A refresh's dry run with the figures a report was made with: what it would change. */
export async function dryRefresh(session: WordSession, figures: Figures) {
  const dry = await refreshReport(session, shippedRenderer, {
    input: { template, figures, agency, period: q1 },
    now: new Date(0),
    dryRun: true,
    overwrite: new Set(),
  });
  expect(dry.refused).toBeUndefined();
  return { changes: dry.plan.changes, conflicts: dry.plan.conflicts, rebuilds: dry.plan.rebuilds };
}
