import { findSection } from "../template/findSection";
import { figureTag, parseCellName, parseTag, sectionTag, tableTag } from "../tags/tags";
import type { Section, Template } from "../template/types";
import { walkSections } from "../template/walkSections";
import type { Issue } from "../issues/Issue";

export type SectionState = "filled" | "missingFigures" | "issues" | "missingControl";

export type OutlineEntry = {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly depth: number;
  readonly state: SectionState;
};

/** What the outline is built from: the document's problems and the tags whose controls show no figure. */
export type OutlineFacts = {
  readonly problems: readonly Issue[];
  readonly emptyTags: ReadonlySet<string>;
};

/**
 * The report's sections in document order, each with its state: its control deleted, one of its figures or
 * tables deleted ("issues"), a figure not filled in yet, or filled.
 *
 * @example reportOutline(template, { problems: [], emptyTags: new Set() }, "vi")[0] // → { id: "I", state: "filled", … }
 */
export function reportOutline(template: Template, facts: OutlineFacts, lang: "vi" | "en"): readonly OutlineEntry[] {
  const missing = new Set(
    facts.problems.filter((p) => p.code === "doc.missingControl").map((p) => String(p.params?.tag)),
  );
  return walkSections(template.sections).map(({ section, depth }) => {
    const own = [sectionTag(section.id), ...figureTagsOf(section, template)];
    const state: SectionState = missing.has(sectionTag(section.id))
      ? "missingControl"
      : own.some((t) => missing.has(t))
        ? "issues"
        : own.some((t) => facts.emptyTags.has(t))
          ? "missingFigures"
          : "filled";
    return { id: section.id, number: section.number, title: section.title[lang], depth, state };
  });
}

function figureTagsOf(section: Section, template: Template): string[] {
  const inline = [
    ...(section.heading ?? []),
    ...section.body.flatMap((b) => (b.kind === "para" ? b.content : [])),
  ];
  const tables = section.body.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  return [
    ...inline.flatMap((i) => (i.kind === "fig" ? [figureTag(i.key)] : [])),
    ...tables.flatMap((t) => (template.tables[t] ? [tableTag(t)] : [])),
  ];
}

/**
 * The section a control belongs to, for grouping a review by section: a cell by its table's section, a figure
 * by the longest section id its key starts with; "" when none.
 *
 * @example sectionOfTag("bc:cell:T2.r1.c4", template) // → "II.2.2.2.a"
 */
export function sectionOfTag(tag: string, template: Template): string {
  const parsed = parseTag(tag);
  if (!parsed) return "";
  const table = parseCellName(parsed.name)?.table;
  if (table) return template.tables[table]?.sectionId ?? "";
  const parts = parsed.name.split(".");
  for (let i = parts.length; i > 0; i--) {
    const id = parts.slice(0, i).join(".");
    if (findSection(template.sections, id)) return id;
  }
  return "";
}
