import { figureTitle, periodTitle, sectionTitle } from "../render/controlTitles";
import { figureTag, periodTag } from "../tags/tags";
import type { AgencyProfile, FieldDef, Inline, PeriodSlotDef, Section, Template } from "../template/types";
import { walkSections } from "../template/walkSections";

/** A slot of a sentence: the control a fresh insert puts there. */
export type Slot =
  | {
      readonly kind: "fig";
      readonly tag: string;
      readonly title: string;
      readonly locked: boolean;
      readonly def: FieldDef | undefined;
    }
  | {
      readonly kind: "per";
      readonly tag: string;
      readonly title: string;
      readonly locked: false;
      readonly def: PeriodSlotDef | undefined;
    };

/** A sentence of the template: literal text and slots, as a fresh insert prints it. */
export type Piece =
  { readonly kind: "text"; readonly text: string } | { readonly kind: "slot"; readonly slot: Slot };

/** A paragraph the template prints, in the section whose own body holds it. */
export type ExpectedParagraph = {
  readonly pieces: readonly Piece[];
  readonly sectionId: string | undefined;
  readonly where: string;
};

export type ExpectedSection = {
  readonly section: Section;
  readonly depth: number;
  readonly title: string;
  /** The heading's pieces with the printed number in front; absent for run-in items and named blocks. */
  readonly heading: readonly Piece[] | undefined;
  /** The section's own body paragraphs (the first carries a run-in number). */
  readonly paragraphs: readonly ExpectedParagraph[];
};

/** What a fresh insert of the template prints, as patterns: the sections in order, the title and the closing. */
export type ReportPattern = {
  readonly sections: readonly ExpectedSection[];
  readonly title: ExpectedParagraph;
  readonly closing: ExpectedParagraph;
};

/**
 * The pieces of inline content, as `renderInline` prints them: text and the agency's names as literal text,
 * figures and period phrases as slots; header fields (the văn thư's) are not sentences to match.
 *
 * @example piecesOf(parseInline("đạt {fig:II.2.2.1.onTimeRatePct}"), template, agency)
 * // → [{ kind: "text", text: "đạt " }, { kind: "slot", slot: { kind: "fig", tag: "bc:fig:II.2.2.1.onTimeRatePct", … } }]
 */
export function piecesOf(content: readonly Inline[], template: Template, agency: AgencyProfile): Piece[] {
  const pieces: Piece[] = [];
  const text = (t: string) => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === "text") pieces[pieces.length - 1] = { kind: "text", text: last.text + t };
    else pieces.push({ kind: "text", text: t });
  };
  for (const item of content) {
    switch (item.kind) {
      case "text":
        text(item.text);
        break;
      case "agency":
        text(agency[item.field]);
        break;
      case "fig":
        pieces.push({
          kind: "slot",
          slot: {
            kind: "fig",
            tag: figureTag(item.key),
            title: figureTitle(template, item.key),
            locked: !!template.fields[item.key]?.computed,
            def: template.fields[item.key],
          },
        });
        break;
      case "per":
        pieces.push({
          kind: "slot",
          slot: {
            kind: "per",
            tag: periodTag(item.slot),
            title: periodTitle(template, item.slot),
            locked: false,
            def: template.periodSlots[item.slot],
          },
        });
        break;
      case "hdr":
        break;
    }
  }
  return pieces;
}

/**
 * The template as a fresh insert would print it (`renderSection`, `renderParagraph`, `renderTitle`,
 * `renderClosing`), reduced to what a typed copy keeps: the words and where the figures go.
 *
 * @example reportPattern(cchcQuarterlySct, sctDongNai).sections[0]?.heading // → [{ kind: "text", text: "I. CÔNG TÁC CHỈ ĐẠO, …" }]
 */
export function reportPattern(template: Template, agency: AgencyProfile): ReportPattern {
  const sections = walkSections(template.sections).map(({ section, depth }): ExpectedSection => {
    const runIn = section.runIn === true && section.number !== "";
    const heading =
      section.heading && section.runIn !== true
        ? [
            ...(section.number === "" ? [] : [{ kind: "text", text: `${section.number} ` } as Piece]),
            ...piecesOf(section.heading, template, agency),
          ]
        : undefined;
    let leadIn = runIn ? `${section.number} ` : "";
    const paragraphs: ExpectedParagraph[] = [];
    section.body.forEach((block, i) => {
      if (block.kind !== "para") {
        leadIn = "";
        return;
      }
      const prefix = leadIn + (block.bullet ? `${block.bullet} ` : "");
      leadIn = "";
      const pieces = piecesOf(
        prefix === "" ? block.content : [{ kind: "text", text: prefix }, ...block.content],
        template,
        agency,
      );
      paragraphs.push({ pieces, sectionId: section.id, where: `${section.id}#${i}` });
    });
    return {
      section,
      depth,
      title: sectionTitle(section),
      heading: heading && mergeText(heading),
      paragraphs,
    };
  });
  const prefix =
    template.summaryPrefix === "" || /\s$/.test(template.summaryPrefix)
      ? template.summaryPrefix
      : `${template.summaryPrefix} `;
  return {
    sections,
    title: {
      pieces: piecesOf(
        [
          { kind: "text", text: prefix },
          { kind: "per", slot: "label" },
        ],
        template,
        agency,
      ),
      sectionId: undefined,
      where: "title",
    },
    closing: { pieces: piecesOf(template.closing, template, agency), sectionId: undefined, where: "closing" },
  };
}

function mergeText(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.kind === "text" && last?.kind === "text")
      out[out.length - 1] = { kind: "text", text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

/** The literal words of a sentence, slots left out. */
export const literalOf = (pieces: readonly Piece[]): string =>
  pieces.map((p) => (p.kind === "text" ? p.text : " ")).join("");
