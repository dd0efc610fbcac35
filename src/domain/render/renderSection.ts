import { sectionTag } from "../tags/tags";
import type { Block, Numbering, Section } from "../template/types";
import { blockControl } from "./contentControl";
import { sectionTitle } from "./controlTitles";
import { paragraphXml } from "./paragraphXml";
import type { RenderContext } from "./RenderContext";
import { renderInline } from "./renderInline";
import { renderParagraph, type LeadIn } from "./renderParagraph";
import { renderTableBlock } from "./renderTableBlock";
import { runXml } from "./runXml";
import { STYLE, type StyleId } from "./styleIds";

/** ND 30: Roman parts bold capitals, Arabic (and the report's decimal) items bold, lettered points upright. */
const HEADING_STYLE: Readonly<Record<Numbering, StyleId>> = {
  roman: STYLE.part,
  arabic: STYLE.item,
  decimal: STYLE.item,
  letter: STYLE.point,
  ordinal: STYLE.point,
  block: STYLE.body,
};

const leadInOf = (section: Section): LeadIn => ({
  text: section.number,
  style: section.numbering === "arabic" || section.numbering === "decimal" ? { bold: true } : {},
});

function renderBody(section: Section, context: RenderContext): string {
  let leadIn = section.runIn === true && section.number !== "" ? leadInOf(section) : undefined;
  const out: string[] = [];
  section.body.forEach((block: Block) => {
    if (block.kind === "table") {
      if (leadIn) out.push(paragraphXml(runXml(leadIn.text, leadIn.style), { style: STYLE.body, keepNext: true }));
      out.push(renderTableBlock(block.table, context));
    } else {
      out.push(renderParagraph(block, context, leadIn));
    }
    leadIn = undefined;
  });
  if (leadIn) out.push(paragraphXml(runXml(leadIn.text, leadIn.style), { style: STYLE.body }));
  return out.join("");
}

/**
 * One numbered section as a block control `bc:sec:<id>` holding its heading, its body and its subsections, nested
 * as the outline is. A run-in item has no heading: its number starts its first paragraph.
 *
 * @example
 * renderSection(partI, context)
 * // → '<w:sdt><w:sdtPr><w:alias w:val="I. CÔNG TÁC CHỈ ĐẠO…"/><w:tag w:val="bc:sec:I"/>…</w:sdtPr>
 * //     <w:sdtContent><w:p>…I. CÔNG TÁC…</w:p><w:sdt>…bc:sec:I.1…</w:sdt>…</w:sdtContent></w:sdt>'
 */
export function renderSection(section: Section, context: RenderContext, depth = 0): string {
  const heading =
    section.heading && section.runIn !== true
      ? paragraphXml((section.number === "" ? "" : runXml(`${section.number} `)) + renderInline(section.heading, context), {
          style: HEADING_STYLE[section.numbering],
          keepNext: true,
          outlineLevel: depth,
        })
      : "";
  const children = section.children.map((child) => renderSection(child, context, depth + 1)).join("");
  return blockControl({ tag: sectionTag(section.id), title: sectionTitle(section) }, heading + renderBody(section, context) + children, context.ids);
}
