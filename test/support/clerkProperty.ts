/**
 * The property "refresh and roll forward change no character outside the controls they own, whatever the
 * clerk typed", in-process on the headless Word: one report is drafted once; each run reopens its bytes (a
 * fresh document, as the clerk's copy), types into it as a clerk would in Word — text at the start or end of a
 * paragraph, text right beside a figure inside a section, a whole paragraph deleted and typed again, in
 * composed (NFC) or decomposed (NFD) Vietnamese — then refreshes it with other figures and rolls it forward,
 * and compares every character outside the controls the add-in owns (figure, period, header and table
 * controls) before and after. Used by test/campaign/ownedControls.test.ts (1,000 runs) and by
 * `npm run bench` (10,000 runs).
 *
 * The report is an excerpt of the shipped template (a section of plans with period phrases, the prose
 * figures of II.1, table T2 with its totals and the online-services ratio): every kind of control and of
 * neighbouring prose, small enough for a run to take milliseconds.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sessionFor } from "../../src/cli/documentIo";
import { openDocx } from "../../src/docx";
import { parseFigures } from "../../src/domain/figures/parseFigures";
import type { Figures } from "../../src/domain/figures/schema";
import type { Period } from "../../src/domain/period";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { sctDongNai } from "../../src/domain/template/cchcQuarterlySct/agencyProfile";
import type { Section, Template } from "../../src/domain/template/types";
import { draftReport } from "../../src/word/operations/draftReport";
import { refreshReport } from "../../src/word/operations/refreshReport";
import { rollForward } from "../../src/word/operations/rollForward";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";

type XNode = { nodeType: number; localName?: string | null; namespaceURI?: string | null; childNodes: ArrayLike<XNode>; parentNode: XNode | null; data?: string };
type XEl = XNode & {
  getAttributeNS(ns: string, name: string): string | null;
  setAttribute(name: string, value: string): void;
  appendChild(n: XNode): XNode;
  insertBefore(n: XNode, ref: XNode | null): XNode;
  removeChild(n: XNode): XNode;
  nextSibling: XNode | null;
  firstChild: XNode | null;
  ownerDocument: XDoc;
};
type XDoc = { createElementNS(ns: string, name: string): XEl; createTextNode(text: string): XNode; documentElement: XEl };

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** The controls whose content the add-in writes: figures, period phrases, header fields, tables. */
const OWNED = /^bc:(fig|per|hdr|tbl):/;
const FIGURE = /^bc:fig:/;

const isW = (n: XNode, local: string): n is XEl => n.nodeType === 1 && n.localName === local && n.namespaceURI === W;
const children = (n: XNode): XNode[] => Array.from(n.childNodes);

function tagOf(sdt: XEl): string {
  const pr = children(sdt).find((c) => isW(c, "sdtPr"));
  const tag = pr && children(pr).find((c) => isW(c, "tag"));
  return tag ? ((tag as XEl).getAttributeNS(W, "val") ?? "") : "";
}

/** Every paragraph outside the owned controls, and its text outside them, in document order. */
function freeParagraphs(root: XNode): { p: XEl; text: () => string; figures: XEl[]; plain: boolean }[] {
  const out: { p: XEl; text: () => string; figures: XEl[]; plain: boolean }[] = [];
  const visit = (n: XNode): void => {
    for (const c of children(n)) {
      if (c.nodeType !== 1) continue;
      if (isW(c, "sdt") && OWNED.test(tagOf(c))) continue;
      if (isW(c, "p")) {
        const p = c;
        const figures: XEl[] = [];
        let plain = true;
        const scan = (m: XNode) => {
          for (const d of children(m)) {
            if (isW(d, "sdt")) {
              plain = false;
              if (FIGURE.test(tagOf(d))) figures.push(d);
              continue;
            }
            if (d.nodeType === 1) scan(d);
          }
        };
        scan(p);
        out.push({ p, text: () => freeText(p), figures, plain });
        continue;
      }
      visit(c);
    }
  };
  visit(root);
  return out;
}

function freeText(n: XNode): string {
  let s = "";
  for (const c of children(n)) {
    if (isW(c, "sdt") && OWNED.test(tagOf(c))) continue;
    if (isW(c, "t")) s += children(c).map((t) => t.data ?? "").join("");
    else if (c.nodeType === 1) s += freeText(c);
  }
  return s;
}

/** The text outside owned controls, paragraph by paragraph: what refresh and roll must leave as it is. */
export const textOutsideOwned = (doc: XDoc): string[] => freeParagraphs(doc.documentElement).map((f) => f.text());

export type ClerkEdit =
  | { readonly kind: "type"; readonly paragraph: number; readonly atStart: boolean; readonly text: string }
  | { readonly kind: "besideFigure"; readonly figure: number; readonly before: boolean; readonly text: string }
  | { readonly kind: "retype"; readonly paragraph: number; readonly text: string | null; readonly nfd: boolean };

function run(doc: XDoc, text: string): XEl {
  const r = doc.createElementNS(W, "w:r");
  const t = doc.createElementNS(W, "w:t");
  t.setAttribute("xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  return r;
}

/** The clerk's typing, applied to the document's XML as Word would save it. Indices wrap around. */
export function applyClerkEdits(doc: XDoc, edits: readonly ClerkEdit[]): void {
  for (const edit of edits) {
    const free = freeParagraphs(doc.documentElement);
    if (edit.kind === "type") {
      const { p } = free[edit.paragraph % free.length]!;
      const pPr = children(p).find((c) => isW(c, "pPr"));
      if (edit.atStart) p.insertBefore(run(doc, edit.text), pPr ? (pPr as XEl).nextSibling : p.firstChild);
      else p.appendChild(run(doc, edit.text));
    } else if (edit.kind === "besideFigure") {
      const figures = free.flatMap((f) => f.figures);
      const sdt = figures[edit.figure % figures.length];
      if (!sdt?.parentNode) continue;
      const parent = sdt.parentNode as XEl;
      parent.insertBefore(run(doc, edit.text), edit.before ? sdt : sdt.nextSibling);
    } else {
      const plain = free.filter((f) => f.plain);
      const target = plain[edit.paragraph % plain.length];
      if (!target) continue;
      const old = target.p;
      const text = (edit.text ?? target.text()).normalize(edit.nfd ? "NFD" : "NFC");
      // Deleted whole, then typed again: a new paragraph with the old one's formatting and one run of text.
      const fresh = doc.createElementNS(W, "w:p");
      const pPr = children(old).find((c) => isW(c, "pPr"));
      if (pPr) fresh.appendChild(pPr);
      if (text !== "") fresh.appendChild(run(doc, text));
      const parent = old.parentNode as XEl;
      parent.insertBefore(fresh, old);
      parent.removeChild(old);
    }
  }
}

const VIETNAMESE = ["a", "ă", "â", "ệ", "ữ", "Đ", "đ", "Quý", "năm", "tháng", " ", "2", "0", "1", ".", ",", "%", "/", "<", "&", '"'];

/** Vietnamese as a clerk types it, composed or decomposed. */
const typed = fc
  .tuple(fc.string({ unit: fc.constantFrom(...VIETNAMESE), minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([text, nfd]) => text.normalize(nfd ? "NFD" : "NFC"));

export const clerkEdit: fc.Arbitrary<ClerkEdit> = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), paragraph: fc.nat(500), atStart: fc.boolean(), text: typed }),
  fc.record({ kind: fc.constant("besideFigure" as const), figure: fc.nat(200), before: fc.boolean(), text: typed }),
  fc.record({
    kind: fc.constant("retype" as const),
    paragraph: fc.nat(500),
    text: fc.option(typed, { nil: null }),
    nfd: fc.boolean(),
  }),
);

/** The template cut down to some of its sections (and their ancestors) and the tables they hold; fields stay. */
function excerpt(base: Template, keep: readonly string[]): Template {
  const kept = (s: Section): Section | undefined => {
    if (keep.includes(s.id)) return s;
    const inner = s.children.map(kept).filter((c): c is Section => c !== undefined);
    return inner.length ? { ...s, body: [], children: inner } : undefined;
  };
  const sections = base.sections.map(kept).filter((s): s is Section => s !== undefined);
  const used = new Set<string>();
  const collect = (s: Section): void => {
    for (const b of s.body) if (b.kind === "table") used.add(b.table);
    s.children.forEach(collect);
  };
  sections.forEach(collect);
  return { ...base, sections, tables: Object.fromEntries(Object.entries(base.tables).filter(([id]) => used.has(id))) };
}

/** The figures of the tables a template holds. */
const tablesOf = (figures: Figures, template: Template): Figures => ({
  ...figures,
  tables: Object.fromEntries(Object.entries(figures.tables).filter(([id]) => id in template.tables)),
});

export type PreparedReport = {
  readonly bytes: Uint8Array;
  readonly template: Template;
  readonly changed: Figures;
  readonly period: Period;
};

const Q1: Period = { year: 2021, kind: "Q1" };
const H1: Period = { year: 2021, kind: "H1" };
const NOW = new Date("2021-03-05T08:00:00Z");

/** The excerpt drafted once with the Q1 figures, and the figures a refresh brings (three inputs changed). */
export async function prepareReport(): Promise<PreparedReport> {
  const template = excerpt(cchcQuarterlySct, ["I.1", "II.1", "II.2.2", "II.6.c"]);
  const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
  const figures = tablesOf(parseFigures(JSON.parse(readFileSync(fixture, "utf8")), cchcQuarterlySct).value!, template);
  const host = await openDocx();
  await draftReport(sessionFor(host), shippedRenderer, {
    input: { template, figures, agency: sctDongNai, period: Q1 },
    source: "property",
    now: NOW,
  });
  const tables = structuredClone(figures.tables) as Record<string, { rows: Record<string, number | string | null>[] }>;
  tables.T2!.rows[0]!.c4 = 2300;
  const changed = {
    ...figures,
    fields: { ...figures.fields, "II.1.vbqpplDraftsRegistered": 8, "II.6.c.egovOnlineProcs": { num: 110, den: 116 } },
    tables,
  } as Figures;
  return { bytes: await host.save(), template, changed, period: Q1 };
}

type DocumentHost = Awaited<ReturnType<typeof openDocx>>;
const domOf = (host: DocumentHost): XDoc => (host as unknown as { model: { dom: XDoc } }).model.dom;

/**
 * One run: the clerk's edits on a fresh copy, then a refresh with other figures and a roll to H1. Returns the
 * text outside owned controls before, after the refresh and after the roll, and whether each wrote.
 */
export async function refreshAndRoll(report: PreparedReport, edits: readonly ClerkEdit[]) {
  const host = await openDocx(report.bytes);
  const dom = domOf(host);
  applyClerkEdits(dom, edits);
  const before = textOutsideOwned(dom);
  const session = sessionFor(host);
  const refreshed = await refreshReport(session, shippedRenderer, {
    input: { template: report.template, figures: report.changed, agency: sctDongNai, period: report.period },
    source: "property",
    now: NOW,
    dryRun: false,
    overwrite: new Set(),
  });
  const afterRefresh = textOutsideOwned(dom);
  const rolled = await rollForward(session, shippedRenderer, {
    next: H1,
    now: NOW,
    findTemplate: () => report.template,
    findAgency: () => sctDongNai,
  });
  const afterRoll = textOutsideOwned(dom);
  return {
    before,
    afterRefresh,
    afterRoll,
    refreshed: refreshed.applied,
    rolled: rolled.applied,
    changes: { refresh: refreshed.plan.changes.length, roll: rolled.plan.changes.length },
  };
}

/** The property over `numRuns` runs (fast-check's own seed unless given): throws with the smallest failing edits. */
export async function assertOwnedControlsProperty(report: PreparedReport, numRuns: number, seed?: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(clerkEdit, { minLength: 1, maxLength: 6 }), async (edits) => {
      const r = await refreshAndRoll(report, edits);
      if (!r.refreshed || !r.rolled) throw new Error(`refresh ${r.refreshed}, roll ${r.rolled}: nothing was written`);
      if (JSON.stringify(r.afterRefresh) !== JSON.stringify(r.before))
        throw new Error(`refresh changed text outside its controls:\n${firstDifference(r.before, r.afterRefresh)}`);
      if (JSON.stringify(r.afterRoll) !== JSON.stringify(r.before))
        throw new Error(`roll changed text outside its controls:\n${firstDifference(r.before, r.afterRoll)}`);
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
}

function firstDifference(a: readonly string[], b: readonly string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `paragraph ${i}: ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])}`;
  return "";
}
