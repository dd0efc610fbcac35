/**
 * Producing the filled Quý I/2021 .docx headlessly, ours against docxtemplater's, in the same process.
 *
 * Ours: `openDocx()` blank → `draftReport` (render, one insertOoxml, the metadata) → `host.save()`.
 * Theirs: docxtemplater 3 + pizzip rendering the same content from an equivalent template, built here from our
 * own output: the document.xml our path produced, with the text of each value content control (figures,
 * period phrases, header fields) replaced by a `{tN}` placeholder, zipped with every other part of our package.
 * The data is those texts. Both outputs are checked to carry the same text, control by control and as a whole,
 * before any time is taken. Building the template is not timed (a template is a file on disk).
 *
 * `docxtemplaterRatio` = median of ours / median of theirs, over `runs` alternating runs after a warm-up.
 * Called by `npm run bench`; run alone with `npx tsx bench/docxtemplater.bench.ts`.
 */
import Docxtemplater from "docxtemplater";
import JSZip from "jszip";
import PizZip from "pizzip";
import { openDocx } from "../src/docx";
import { WordSession } from "../src/word";
import { draftReport, type ReportRenderer } from "../src/word/operations";
import { shippedRenderer } from "../src/word/operations/shippedRenderer";
import { shippedReport, type BenchReport } from "./reports";

/** A value control: tag, whatever else the sdtPr holds, then its content (a leaf: no control inside). */
const VALUE_CONTROL =
  /(<w:tag w:val="bc:(?:fig|per|hdr):[^"]*"\/>(?:(?!<w:sdtContent>)[\s\S])*<w:sdtContent>)((?:(?!<\/w:sdtContent>)[\s\S])*)(<\/w:sdtContent>)/g;
const TEXT = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every `<w:t>` text of a part, joined: what a reader sees, whatever the runs. */
const allText = (xml: string): string => [...xml.matchAll(TEXT)].map((m) => unescapeXml(m[1] ?? "")).join("");

/** The texts of the value controls of a document.xml, in document order. */
const controlTexts = (xml: string): string[] =>
  [...xml.matchAll(VALUE_CONTROL)].map((m) => allText(m[2] ?? ""));

export type DocxtemplaterTemplate = {
  readonly template: Uint8Array;
  readonly data: Readonly<Record<string, string>>;
  readonly placeholders: number;
};

/**
 * The docxtemplater template equivalent to our output: each value control's first `<w:t>` becomes `{tN}` and
 * its other `<w:t>` are emptied; a control that shows nothing (the văn thư's number and date) stays as it is.
 */
export async function templateFromOurs(ours: Uint8Array): Promise<DocxtemplaterTemplate> {
  const zip = await JSZip.loadAsync(ours);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("docxtemplater bench: our package has no word/document.xml");
  const xml = await part.async("string");
  if (/[{}]/.test(allText(xml)))
    throw new Error(
      "docxtemplater bench: the document text holds { or }, which are the template's delimiters",
    );
  const data: Record<string, string> = {};
  let n = 0;
  const templated = xml.replace(VALUE_CONTROL, (_all, open: string, content: string, close: string) => {
    const text = allText(content);
    if (text === "") return `${open}${content}${close}`;
    const key = `t${n++}`;
    data[key] = text;
    let first = true;
    const replaced = content.replace(TEXT, () => {
      const t = first ? `<w:t xml:space="preserve">{${key}}</w:t>` : "<w:t></w:t>";
      first = false;
      return t;
    });
    return `${open}${replaced}${close}`;
  });
  zip.file("word/document.xml", templated);
  return {
    template: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    data,
    placeholders: n,
  };
}

/** Where our time goes, per run: rendering the report (pure), inserting it (parse + import, metadata), saving. */
export type OurPhases = { renderMs: number; insertMs: number; saveMs: number };

/** Our path, once; `phases` (when given) receives the time of each step. */
export async function ourDocx(report: BenchReport, phases?: OurPhases): Promise<Uint8Array> {
  let renderMs = 0;
  const timed =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const start = performance.now();
      const value = fn(...args);
      renderMs += performance.now() - start;
      return value;
    };
  const renderer: ReportRenderer = {
    content: timed(shippedRenderer.content),
    report: timed(shippedRenderer.report),
    table: timed(shippedRenderer.table),
    pageHeader: timed(shippedRenderer.pageHeader),
    tableRows: timed(shippedRenderer.tableRows),
  };
  const start = performance.now();
  const host = await openDocx();
  const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
  await draftReport(session, renderer, {
    input: {
      template: report.template,
      figures: report.figures,
      agency: report.agency,
      period: report.period,
    },
    source: "bench",
    now: new Date("2021-03-05T08:00:00Z"),
  });
  const drafted = performance.now();
  const bytes = await host.save();
  if (phases) {
    phases.renderMs = renderMs;
    phases.insertMs = drafted - start - renderMs;
    phases.saveMs = performance.now() - drafted;
  }
  return bytes;
}

export function theirDocx(t: DocxtemplaterTemplate): Uint8Array {
  const doc = new Docxtemplater(new PizZip(t.template), { paragraphLoop: true, linebreaks: true });
  doc.render(t.data);
  return doc
    .getZip()
    .generate({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

const documentXml = async (docx: Uint8Array): Promise<string> =>
  (await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string")) ?? "";

/** Throws unless both packages show the same text, control by control and as a whole. */
async function assertSameContent(ours: Uint8Array, theirs: Uint8Array): Promise<void> {
  const [a, b] = await Promise.all([documentXml(ours), documentXml(theirs)]);
  const [ca, cb] = [controlTexts(a), controlTexts(b)];
  const differ = ca.findIndex((text, i) => text !== cb[i]);
  if (ca.length !== cb.length || differ >= 0)
    throw new Error(
      `docxtemplater bench: control ${differ} differs: ${JSON.stringify(ca[differ])} vs ${JSON.stringify(cb[differ])}`,
    );
  if (allText(a) !== allText(b)) throw new Error("docxtemplater bench: the documents' texts differ");
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export type DocxtemplaterBench = {
  readonly report: BenchReport["name"];
  readonly runs: number;
  readonly placeholders: number;
  readonly oursMs: number;
  readonly theirsMs: number;
  /** Ours over theirs; at most 1.0 is the target. */
  readonly docxtemplaterRatio: number;
  readonly oursBytes: number;
  readonly theirsBytes: number;
  /** Medians of our steps: render (src/domain/render), insert (src/docx: parse, import, metadata), save (serialize, zip). */
  readonly ours: OurPhases;
};

export async function benchDocxtemplater(
  options: { readonly report?: BenchReport; readonly runs?: number; readonly warmups?: number } = {},
): Promise<DocxtemplaterBench> {
  const report = options.report ?? shippedReport();
  const runs = options.runs ?? 9;
  const reference = await ourDocx(report);
  const template = await templateFromOurs(reference);
  const check = theirDocx(template);
  await assertSameContent(reference, check);
  for (let k = 0; k < (options.warmups ?? 3); k += 1) {
    await ourDocx(report);
    theirDocx(template);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  const phases: OurPhases[] = [];
  let oursBytes = 0;
  let theirsBytes = 0;
  for (let k = 0; k < runs; k += 1) {
    const phase: OurPhases = { renderMs: 0, insertMs: 0, saveMs: 0 };
    let start = performance.now();
    oursBytes = (await ourDocx(report, phase)).length;
    phases.push(phase);
    ours.push(performance.now() - start);
    start = performance.now();
    theirsBytes = theirDocx(template).length;
    theirs.push(performance.now() - start);
  }
  const oursMs = median(ours);
  const theirsMs = median(theirs);
  return {
    report: report.name,
    runs,
    placeholders: template.placeholders,
    oursMs: round(oursMs),
    theirsMs: round(theirsMs),
    docxtemplaterRatio: round(oursMs / theirsMs, 2),
    oursBytes,
    theirsBytes,
    ours: {
      renderMs: round(median(phases.map((p) => p.renderMs))),
      insertMs: round(median(phases.map((p) => p.insertMs))),
      saveMs: round(median(phases.map((p) => p.saveMs))),
    },
  };
}

if (process.argv[1]?.endsWith("docxtemplater.bench.ts")) {
  benchDocxtemplater().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
