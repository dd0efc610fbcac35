/**
 * Test documents made the way clerks make them: a report produced by the add-in, then stripped of every
 * content control and of the metadata (what remains is plain paragraphs and real Word tables), its runs split
 * at random places — inside words and numbers — with spell-check marks, bookmarks and revision ids between
 * them, and figures that differ from the fixture. The figures each was made with are kept as the truth.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import type { Figures } from "../../src/domain/figures/schema";
import { METADATA_NAMESPACE } from "../../src/domain/metadata";
import type { Period } from "../../src/domain/period";
import { findAgency } from "../../src/domain/template/agencies";
import { findTemplate } from "../../src/domain/template/registry";
import type { AgencyProfile, Template } from "../../src/domain/template/types";
import { WordSession } from "../../src/word";
import { draftReport } from "../../src/word/operations";
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
