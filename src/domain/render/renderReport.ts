import type { Figures } from "../figures/schema";
import type { Period } from "../period";
import type { AgencyProfile, Template } from "../template/types";
import { controlIds } from "./controlIds";
import { flatOpcPackage } from "./flatOpc";
import type { RenderContext } from "./RenderContext";
import { renderClosing } from "./renderClosing";
import { renderHeaderBlock } from "./renderHeaderBlock";
import { renderSection } from "./renderSection";
import { renderTitle } from "./renderTitle";
import { reportContent } from "./reportContent";
import { sectionProperties } from "./sectionProperties";

/** Everything that decides what a report shows. */
export type ReportInput = {
  readonly template: Template;
  readonly figures: Figures;
  readonly agency: AgencyProfile;
  readonly period: Period;
};

/**
 * The render context of a report: the texts of every control from `reportContent`, header fields included.
 *
 * @example reportContext(input).texts.get("bc:per:label") // → "Quí I năm 2021"
 */
export function reportContext(input: ReportInput, firstId?: number): RenderContext {
  const content = reportContent({ ...input, purpose: "render" });
  return { template: input.template, agency: input.agency, texts: content.texts, rows: content.rows, ids: controlIds(firstId) };
}

/**
 * The whole report as a Flat OPC package for `body.insertOoxml(ooxml, "Replace")`, laid out per Nghị định
 * 30/2020: header block, title, addressee, sections I–V (each in its block control `bc:sec:<id>`, nested as the
 * outline, tables in `bc:tbl:<id>`, every figure, period phrase and table cell in an inline control), closing
 * sentence and signature block; A4 with ND 30's margins and the page number at the top from page 2.
 *
 * @example
 * const ooxml = renderReport({ template: cchcQuarterlySct, figures, agency: sctDongNai, period: { year: 2021, kind: "Q1" } });
 * context.document.body.insertOoxml(ooxml, "Replace");
 */
export function renderReport(input: ReportInput): string {
  const context = reportContext(input);
  const body =
    renderHeaderBlock(context) +
    renderTitle(context) +
    input.template.sections.map((section) => renderSection(section, context)).join("") +
    renderClosing(context) +
    sectionProperties();
  return flatOpcPackage(body, { headers: true });
}
