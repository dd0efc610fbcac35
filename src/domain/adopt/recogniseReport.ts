import type { Figures } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import { formatPeriodCode, parsePeriodLabel, type Period } from "../period";
import { tableTitle } from "../render/controlTitles";
import { parseTag, sectionTag, tableTag } from "../tags/tags";
import { reportContent } from "../render/reportContent";
import type { AgencyProfile, Template } from "../template/types";
import type {
  AdoptPlan,
  BlockRef,
  InlineFound,
  PlannedCell,
  PlannedInline,
  PlannedSection,
  PlannedTable,
  WeakMatch,
} from "./AdoptPlan";
import { alignBySlots, alignWhole, type AlignedSlot } from "./alignSentence";
import { documentView, type ViewBlock, type WordReading } from "./DocumentView";
import { fieldsOf, periodDatesOf } from "./fieldsOf";
import { findSections, type SectionAnchor } from "./findSections";
import { findTables } from "./findTables";
import { similarity, wordsOf } from "./foldText";
import { readTable } from "./readTable";
import { searchWindow } from "./searchWindow";
import { literalOf, piecesOf, reportPattern, type ExpectedParagraph, type Piece } from "./reportPattern";
import { headerGrid } from "../render/headerGrid";

export type RecogniseInput = {
  readonly reading: WordReading;
  readonly template: Template;
  readonly agency: AgencyProfile;
  /** The report's period; without it, the one the title names. */
  readonly period?: Period;
  /** Tags of weak matches the clerk confirmed: wrapped as found. */
  readonly confirmed?: ReadonlySet<string>;
};

/** Below these a document is not a report of the template: it is refused rather than half-wrapped. */
const MIN_SECTION_SHARE = 0.3;
const MIN_TABLES = 3;
/** How alike a reworded paragraph must still be to look for its figures word by word. */
const MIN_PARAGRAPH_SIMILARITY = 0.5;

const ref = (block: ViewBlock): BlockRef => ({ kind: block.kind, index: block.index });

/**
 * Recognises in a document the add-in did not make the template's sections, tables, figures and period
 * phrases, and plans the controls a fresh insert would have made around the text the document shows. Pure:
 * what Word read in, a plan out. What it cannot place is an issue with its place and reason; a figure matched
 * weakly is listed for the clerk and not planned.
 *
 * @example
 * const plan = recogniseReport({ reading, template: cchcQuarterlySct, agency: sctDongNai, period: { year: 2021, kind: "Q1" } });
 * plan.counts.tables // → { found: 11, expected: 11 }
 */
export function recogniseReport(input: RecogniseInput): AdoptPlan {
  const { template, agency } = input;
  const pattern = reportPattern(template, agency);
  const view = documentView(input.reading);
  const unplaced: Issue[] = [];
  const weak: WeakMatch[] = [];

  const tableMatches = findTables(view, template, agency);
  const { anchors, weak: weakSections } = findSections(view, pattern.sections);
  for (const w of weakSections) {
    unplaced.push(
      issue(
        "adopt.sectionWeak",
        ["sections", w.expected.section.id],
        { text: shownText(view, w.position) },
        "warning",
      ),
    );
  }
  const found = new Set(anchors.map((a) => a.expected.section.id));
  for (const s of pattern.sections) {
    if (!found.has(s.section.id) && !weakSections.some((w) => w.expected === s))
      unplaced.push(
        issue("adopt.sectionNotFound", ["sections", s.section.id], { heading: s.title }, "warning"),
      );
  }

  const first = anchors[0]?.position ?? view.length;
  const title = findParagraph(view, pattern.title, 0, first);
  const closing = findParagraph(
    view,
    pattern.closing,
    anchors[anchors.length - 1]?.position ?? 0,
    view.length,
  );
  const bodyEnd = (closing?.position ?? view.length) - 1;

  const sections: PlannedSection[] = anchors.map((anchor, i) => {
    const end = extentEnd(anchors, i, bodyEnd);
    return {
      sectionId: anchor.expected.section.id,
      tag: sectionTag(anchor.expected.section.id),
      title: anchor.expected.title,
      locked: false,
      from: ref(view[anchor.position] as ViewBlock),
      to: ref(view[end] as ViewBlock),
    };
  });

  const tables: PlannedTable[] = [];
  const cells: PlannedCell[] = [];
  const candidates: FoundInline[] = [];
  const tableRows: Record<string, Figures["tables"][string]> = {};
  let expectedCells = 0;
  for (const match of tableMatches) {
    const after = view[match.position + 1];
    const emptyAfter =
      after?.kind === "para" && after.text === "" && !anchors.some((a) => a.position === match.position + 1);
    tables.push({
      tableId: match.def.id,
      tag: tableTag(match.def.id),
      title: tableTitle(match.def),
      locked: false,
      table: match.table.index,
      ...(emptyAfter ? { paragraphAfter: after.index } : {}),
    });
    const reading = readTable(match, template, agency);
    cells.push(...reading.cells);
    candidates.push(...reading.inlines);
    unplaced.push(...reading.issues);
    expectedCells += reading.expectedCells;
    tableRows[match.def.id] = { rows: reading.rows.map((r) => ({ ...r })) };
  }
  for (const def of Object.values(template.tables)) {
    if (!tableMatches.some((m) => m.def.id === def.id))
      unplaced.push(issue("adopt.tableNotFound", ["tables", def.id], { title: def.title.vi }, "warning"));
  }

  const claimed = new Set<string>();
  const place = (expected: ExpectedParagraph, from: number, to: number): void => {
    const slots = expected.pieces.filter((p): p is Extract<Piece, { kind: "slot" }> => p.kind === "slot");
    if (slots.length === 0) return;
    const hit = locate(view, expected, { from, to, claimed });
    for (const p of slots) {
      const a = hit?.slots.find((s) => s.slot === p.slot);
      const where = ["sections", expected.sectionId ?? expected.where];
      if (!a || !hit) {
        unplaced.push(
          issue(
            "adopt.figureNotFound",
            where,
            { words: aroundWords(expected.pieces, p), title: p.slot.title },
            "warning",
          ),
        );
        continue;
      }
      if (a.strength === "weak" && !input.confirmed?.has(p.slot.tag)) {
        weak.push({
          tag: p.slot.tag,
          title: p.slot.title,
          text: a.text,
          issue: issue(
            "adopt.figureWeak",
            where,
            { words: aroundWords(expected.pieces, p), text: a.text, title: p.slot.title },
            "warning",
          ),
        });
        continue;
      }
      claimed.add(`${hit.block.index}:${a.start}`);
      candidates.push({
        tag: p.slot.tag,
        title: p.slot.title,
        locked: p.slot.locked,
        kind: p.slot.kind,
        paragraph: hit.block.index,
        paragraphText: hit.block.text,
        ...(expected.sectionId ? { section: expected.sectionId } : {}),
        start: a.start,
        end: a.end,
        text: a.text,
        unplaced: issue(
          "adopt.figureNotFound",
          where,
          { words: aroundWords(expected.pieces, p), title: p.slot.title },
          "warning",
        ),
      });
    }
  };
  if (title) place(pattern.title, title.position, title.position);
  pattern.sections.forEach((expected) => {
    const i = anchors.findIndex((a) => a.expected === expected);
    const [from, to] =
      i >= 0
        ? ownRegion(anchors, i, bodyEnd)
        : gapRegion(anchors, pattern.sections.indexOf(expected), pattern.sections, bodyEnd);
    for (const paragraph of expected.paragraphs) place(paragraph, from, to);
  });
  if (closing) place(pattern.closing, closing.position, closing.position);
  const searched = withSearch(candidates, unplaced);

  const titleText = searched.find(
    (x) =>
      x.tag.endsWith(":label") &&
      "paragraph" in x &&
      title &&
      x.paragraph === (view[title.position] as ViewBlock).index,
  )?.text;
  const parsedTitle = titleText ? parsePeriodLabel(titleText) : undefined;
  const titlePeriod = parsedTitle && "value" in parsedTitle ? parsedTitle.value : undefined;
  const period = input.period ?? titlePeriod;
  const current = period ? withoutOtherPeriods(searched, { period, template, unplaced }) : searched;
  const dates = periodDatesOf(current, template);
  const read = {
    template: template.id,
    agency: agency.id,
    period: period ? formatPeriodCode(period) : "",
    ...dates,
    fields: fieldsOf(
      current.filter((x) => "paragraph" in x),
      template,
    ),
    tables: tableRows,
  };
  const inlines = period
    ? oneTextPerTag(current, {
        shown: reportContent({ template, figures: read, agency, period }).texts,
        unplaced,
      })
    : current;

  const written: Record<string, string> = {};
  for (const x of [...inlines, ...cells]) if (!(x.tag in written)) written[x.tag] = x.text;
  const expectedSlots = [
    pattern.title,
    pattern.closing,
    ...pattern.sections.flatMap((s) => s.paragraphs),
  ].flatMap((p) => p.pieces.flatMap((x) => (x.kind === "slot" ? [x.slot.kind] : [])));
  const proseInlines = inlines.filter((x) => "paragraph" in x);
  const headerSlots = Object.values(template.tables).flatMap((def) =>
    headerGrid(def.header).cells.flatMap((c) =>
      piecesOf(c.cell.label, template, agency).filter((p) => p.kind === "slot"),
    ),
  ).length;
  const counts = {
    sections: { found: anchors.length, expected: pattern.sections.length },
    tables: { found: tableMatches.length, expected: Object.keys(template.tables).length },
    figures: {
      found: proseInlines.filter((x) => x.kind === "fig").length,
      expected: expectedSlots.filter((k) => k === "fig").length,
    },
    cells: { found: cells.length, expected: expectedCells },
    periodPhrases: {
      found: inlines.filter((x) => x.kind === "per").length,
      expected: expectedSlots.filter((k) => k === "per").length + headerSlots,
    },
  };
  const figures: Figures = { ...read, fields: fieldsOf(proseInlines, template) };
  const refused =
    anchors.length < pattern.sections.length * MIN_SECTION_SHARE && tableMatches.length < MIN_TABLES
      ? issue("adopt.notThisTemplate", ["doc"], {
          template: template.title.vi,
          sections: anchors.length,
          tables: tableMatches.length,
        })
      : !period
        ? issue("adopt.noPeriod", ["period"])
        : undefined;
  return {
    sections,
    tables,
    cells,
    inlines,
    unplaced,
    weak,
    counts,
    titlePeriod,
    written,
    figures,
    ...(refused ? { refused } : {}),
  };
}

/**
 * A phrase of the current period that names another one (“Trong Quý I năm 2020” in a Quý I/2021 report) is the
 * clerk's stale phrase, not this report's period: left alone for the stale-period check, and said.
 */
function withoutOtherPeriods(
  inlines: readonly PlannedInline[],
  context: { readonly period: Period; readonly template: Template; readonly unplaced: Issue[] },
): PlannedInline[] {
  const { period, template, unplaced } = context;
  return inlines.filter((x) => {
    if (x.kind !== "per") return true;
    const slot = parseTag(x.tag)?.name;
    if (!slot || template.periodSlots[slot]?.class !== "CUR") return true;
    const named = parsePeriodLabel(x.text);
    if (!("value" in named)) return true;
    if (named.value.year === period.year && named.value.kind === period.kind) return true;
    unplaced.push(issue("adopt.periodOther", placeOfInline(x), { text: x.text, title: x.title }, "warning"));
    return false;
  });
}

/**
 * The metadata keeps one text per control (what was written), and a refresh writes the report's own spelling:
 * where a figure or period phrase is shown in several spellings (“02/03/2021” and “02/3/2021”), the places showing
 * the report's spelling, else the first one's, are wrapped; the others are left alone and said.
 */
function oneTextPerTag(
  inlines: readonly PlannedInline[],
  context: { readonly shown: ReadonlyMap<string, string>; readonly unplaced: Issue[] },
): PlannedInline[] {
  const chosen = new Map<string, string>();
  for (const x of inlines) {
    if (x.text === context.shown.get(x.tag)) chosen.set(x.tag, x.text);
    else if (!chosen.has(x.tag)) chosen.set(x.tag, x.text);
  }
  return inlines.filter((x) => {
    const text = chosen.get(x.tag);
    if (text === x.text) return true;
    context.unplaced.push(
      issue(
        "adopt.spellingVariant",
        placeOfInline(x),
        { text: x.text, chosen: text ?? "", title: x.title },
        "warning",
      ),
    );
    return false;
  });
}

/** Where an inline stands, as a place the clerk can find: its section's paragraph or its table. */
const placeOfInline = (x: PlannedInline): string[] =>
  "paragraph" in x
    ? x.section
      ? ["sections", x.section]
      : ["doc", x.tag]
    : ["tables", parseTag(x.tag)?.name.split(".")[0] ?? "", "rows", String(x.row)];

/** A figure found, before Word's way to it is worked out; `unplaced` is what to say if there is none. */
export type FoundInline = InlineFound & { readonly unplaced?: Issue };

const placeOf = (x: FoundInline): string =>
  "paragraph" in x ? `p${x.paragraph}` : `t${x.table}.${x.row}.${x.cell}`;

/**
 * Gives each figure the search that reaches it in Word: a window unique in its paragraph that covers no other
 * figure of that paragraph (a range over another figure would take that figure's control inside the new one).
 * A figure no such window reaches is reported, not wrapped.
 */
function withSearch(found: readonly FoundInline[], unplaced: Issue[]): PlannedInline[] {
  const out: PlannedInline[] = [];
  for (const x of found) {
    const others = found
      .filter((y) => y !== x && placeOf(y) === placeOf(x))
      .map((y) => [y.start, y.end] as const);
    const search = searchWindow(x.paragraphText, { start: x.start, end: x.end, avoid: others });
    const { unplaced: why, ...inline } = x;
    if (search) out.push({ ...inline, search });
    else
      unplaced.push(
        why ?? issue("adopt.figureNotFound", ["doc"], { words: x.text, title: x.title }, "warning"),
      );
  }
  return out;
}

const shownText = (view: readonly ViewBlock[], position: number): string => {
  const b = view[position];
  return b?.kind === "para" ? b.text.slice(0, 80) : "";
};

/** Where a found section ends: before the next found section that is not inside it, or at the body's end. */
function extentEnd(anchors: readonly SectionAnchor[], i: number, bodyEnd: number): number {
  const depth = (anchors[i] as SectionAnchor).expected.depth;
  for (let j = i + 1; j < anchors.length; j++) {
    const next = anchors[j] as SectionAnchor;
    if (next.expected.depth <= depth) return next.position - 1;
  }
  return Math.max(bodyEnd, (anchors[i] as SectionAnchor).position);
}

/** A section's own body: from its heading to its first subsection. */
function ownRegion(anchors: readonly SectionAnchor[], i: number, bodyEnd: number): [number, number] {
  const anchor = anchors[i] as SectionAnchor;
  const next = anchors[i + 1];
  const end =
    next && next.expected.depth > anchor.expected.depth ? next.position - 1 : extentEnd(anchors, i, bodyEnd);
  return [anchor.position, end];
}

/** For a section not found: between the found sections around it. */
function gapRegion(
  anchors: readonly SectionAnchor[],
  index: number,
  all: readonly SectionAnchor["expected"][],
  bodyEnd: number,
): [number, number] {
  let from = 0;
  let to = bodyEnd;
  for (const a of anchors) {
    const at = all.indexOf(a.expected);
    if (at < index) from = a.position;
    else if (at > index) {
      to = a.position - 1;
      break;
    }
  }
  return [from, to];
}

type Located = {
  readonly block: Extract<ViewBlock, { kind: "para" }>;
  readonly position: number;
  readonly slots: readonly AlignedSlot[];
};

/** The paragraph of a region that holds a template sentence: word for word if one does, else the most alike. */
function locate(
  view: readonly ViewBlock[],
  expected: ExpectedParagraph,
  region: { from: number; to: number; claimed: ReadonlySet<string> },
): Located | undefined {
  const { from, to, claimed } = region;
  const free = (block: Located["block"], slots: readonly AlignedSlot[]) =>
    slots.every((s) => !claimed.has(`${block.index}:${s.start}`));
  let best: { block: Located["block"]; position: number; score: number } | undefined;
  const words = wordsOf(literalOf(expected.pieces));
  for (let position = from; position <= to && position < view.length; position++) {
    const block = view[position];
    if (block?.kind !== "para" || block.text.trim() === "") continue;
    const whole = alignWhole(expected.pieces, block.text);
    if (whole && free(block, whole)) return { block, position, slots: whole };
    const score = similarity(words, wordsOf(block.text));
    if (score >= MIN_PARAGRAPH_SIMILARITY && (!best || score > best.score)) best = { block, position, score };
  }
  if (!best) return undefined;
  const slots = alignBySlots(expected.pieces, best.block.text).filter(
    (s) => !claimed.has(`${best.block.index}:${s.start}`),
  );
  return { block: best.block, position: best.position, slots };
}

/** A paragraph of the frame (title, closing) holding its template sentence, in a range of blocks. */
function findParagraph(
  view: readonly ViewBlock[],
  expected: ExpectedParagraph,
  from: number,
  to: number,
): { position: number } | undefined {
  for (let position = from; position < to && position < view.length; position++) {
    const block = view[position];
    if (block?.kind === "para" && alignWhole(expected.pieces, block.text)) return { position };
  }
  return undefined;
}

/** The template's words around a slot, for a message the clerk can search for. */
function aroundWords(pieces: readonly Piece[], slot: Piece): string {
  const i = pieces.indexOf(slot);
  const before =
    pieces[i - 1]?.kind === "text"
      ? literalOf([pieces[i - 1] as Piece])
          .trim()
          .split(/\s+/)
          .slice(-5)
          .join(" ")
      : "";
  const after =
    pieces[i + 1]?.kind === "text"
      ? literalOf([pieces[i + 1] as Piece])
          .trim()
          .split(/\s+/)
          .slice(0, 5)
          .join(" ")
      : "";
  return [before, "…", after]
    .filter((x) => x !== "")
    .join(" ")
    .trim();
}
