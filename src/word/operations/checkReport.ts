import { checkPrinted } from "../../domain/checks/checkPrinted";
import { sameText } from "../../domain/figures/cleanText";
import { missingFigures } from "../../domain/checks/missingFigures";
import { figuresFromTexts } from "../../domain/overrides";
import { pageSetupIssues } from "../../domain/checks/pageSetupIssues";
import { scanStalePeriods, type StaleFinding } from "../../domain/checks/stalePeriod";
import type { Figures } from "../../domain/figures/schema";
import { issue, type Issue } from "../../domain/issues/Issue";
import { formatTimestamp } from "../../domain/format";
import { parsePeriod, periodLabel, type Period } from "../../domain/period";
import { MISSING_FIGURE } from "../../domain/render";
import { structuralIssues } from "../../domain/plan";
import { parseTag } from "../../domain/tags";
import type { AgencyProfile, Template } from "../../domain/template/types";
import { BLANK_MARK } from "../controlText";
import { syncScan, type DocumentScan } from "../scanDocument";
import type { WordSession } from "../WordSession";
import type { ReportRenderer } from "./ReportRenderer";
import { ADOPTED } from "./adoptReport";

export type ReadinessEntry = {
  readonly issue: Issue;
  readonly tag?: string;
  readonly finding?: StaleFinding;
};

export type ReadinessReport = {
  readonly period: Period | undefined;
  readonly entries: readonly ReadinessEntry[];
  /** True when nothing must be fixed before signing (warnings and notes may remain). */
  readonly ready: boolean;
};

export type CheckArgs = {
  readonly findTemplate: (id: string) => Template | undefined;
  readonly findAgency: (id: string) => AgencyProfile | undefined;
  /** The report's period for a document the add-in did not make (no metadata). */
  readonly period?: Period;
  /** The consistency rules of the template (template-spec §3, §4). */
  readonly runChecks?: (template: Template, figures: Figures) => readonly Issue[];
};

const PAGE_SETUP_READ = "paperSize,topMargin,bottomMargin,leftMargin,rightMargin,differentFirstPageHeaderFooter";

/**
 * What a clerk leaves where something is still to come: a lone ellipsis ("…" after a word is Vietnamese
 * "etc." and stays), empty brackets, a run of underscores or x's.
 */
const PLACEHOLDER = /(?:^|\s)(?:…|\.{3,})(?=\s|$|[,;.])|\[\s*(?:…|\.{3})?\s*\]|_{3,}|\bx{3,}\b/iu;

/**
 * The check before signing, in one batch: missing figures, placeholders left, failed consistency rules,
 * stale period phrases, hand-edited figures, ND 30's page (A4, margins, different first page: read through
 * PageSetup where the host has it, else listed for the clerk to set by hand); a blank number and date are noted
 * as the văn thư's to fill.
 * A document the add-in did not make is checked for stale phrases and placeholders, given its period.
 */
export async function checkReport(
  session: WordSession,
  renderer: ReportRenderer,
  args: CheckArgs,
): Promise<ReadinessReport> {
  return session.run(async (context) => {
    const { scan, extra } = await syncScan(context, session, () => ({
      paragraphs: context.document.body.paragraphs.load("items/text"),
      page: session.capabilities.pageSetup ? context.document.pageSetup.load(PAGE_SETUP_READ) : undefined,
    }));
    const texts = extra.paragraphs.items.map((p) => p.text);
    const meta = scan.metadata;
    const parsed = meta ? parsePeriod(meta.period) : undefined;
    const period = parsed && "value" in parsed ? parsed.value : args.period;
    const entries: ReadinessEntry[] = [];
    // A document without one baocao control is said so in one line, not as every control missing.
    if (scan.damage) entries.push({ issue: scan.damage });
    else if (scan.controls.size === 0) entries.push({ issue: issue("doc.notAdopted", ["doc"], {}, meta ? "error" : "info") });
    else if (meta) entries.push(...controlEntries(scan, renderer, args));
    // ND 30's page: read where the host has PageSetup, else listed for the clerk to set by hand.
    if (meta) for (const problem of pageSetupIssues(extra.page)) entries.push({ issue: problem });
    if (period) {
      for (const finding of scanStalePeriods(texts, period)) {
        const place = finding.sectionId ? ["sections", finding.sectionId] : ["paragraph", finding.paragraph];
        entries.push({
          issue: issue("ready.stalePeriod", place, { text: finding.text, period: periodLabel(period) }),
          finding,
        });
      }
    }
    texts.forEach((raw, paragraph) => {
      // A figure still to come, a blank the add-in marked, are reported by their own control; the gap they show
      // is not a second finding.
      const text = !meta ? raw : raw.trim() === BLANK_MARK ? "" : raw.split(MISSING_FIGURE).join(" ");
      const hit = PLACEHOLDER.exec(text);
      if (hit)
        entries.push({ issue: issue("ready.placeholderLeft", ["paragraph", paragraph], { text: hit[0] }) });
    });
    const ready = entries.every((e) => (e.issue.severity ?? "error") !== "error");
    return { period, entries, ready };
  });
}

function controlEntries(scan: DocumentScan, renderer: ReportRenderer, args: CheckArgs): ReadinessEntry[] {
  const meta = scan.metadata;
  const template = meta ? args.findTemplate(meta.templateId) : undefined;
  const agency = meta ? args.findAgency(meta.agencyId) : undefined;
  const parsed = meta ? parsePeriod(meta.period) : undefined;
  if (!meta || !template || !agency || !parsed || !("value" in parsed) || !meta.figures) {
    return [{ issue: issue("doc.noMetadata", ["doc"]) }];
  }
  const out: ReadinessEntry[] = [];
  // The check judges what the document prints, hand edits included: its input figures read back from their
  // texts, every computed figure recomputed from them.
  const shown = new Map(
    [...scan.controls].flatMap(([tag, found]) =>
      parseTag(tag)?.kind === "fig" && found[0] ? [[tag, found[0].text] as const] : [],
    ),
  );
  const printed = figuresFromTexts(template, meta.figures, shown).figures;
  const input = { template, figures: printed, agency, period: parsed.value };
  const content = renderer.content(input);
  const mismatches = checkPrinted(template, shown, content.texts);
  const placed = new Set(mismatches.map((m) => m.tag));
  const missing = new Set(missingFigures(template, printed, parsed.value));
  for (const [tag, expected] of content.texts) {
    const found = scan.controls.get(tag) ?? [];
    const kind = parseTag(tag)?.kind;
    if (found.length === 0 && kind === "hdr" && meta.source === ADOPTED) {
      // An adopted report's number and date are the văn thư's typed text, not controls of ours.
      out.push({ issue: issue("ready.blankForClerk", ["doc", tag], {}, "info"), tag });
      continue;
    }
    if (found.length === 0) {
      out.push({ issue: issue("doc.missingControl", ["doc", tag], { tag }), tag });
      continue;
    }
    const text = found[0]?.text ?? "";
    if (kind === "hdr") {
      if (text.trim() === "")
        out.push({ issue: issue("ready.blankForClerk", ["doc", tag], {}, "info"), tag });
      continue;
    }
    const override = meta.overrides?.[tag];
    const written = meta.written[tag];
    if (missing.has(tag) || PLACEHOLDER.test(text)) {
      out.push({ issue: issue("ready.missingFigure", ["doc", tag], { tag }), tag });
    } else if (found.some((f) => f.showsBlank)) {
      // Never an invisible blank: the mark the add-in wrote (or Word's placeholder) is listed for the clerk.
      out.push({ issue: issue("ready.blankMark", ["doc", tag], { mark: BLANK_MARK }, "warning"), tag });
    } else if (override && found.every((f) => sameText(f.text, override.value))) {
      const params = { value: override.value, replaced: override.replaced, date: formatTimestamp(override.at) };
      out.push({ issue: issue("doc.overridden", ["doc", tag], params, "info"), tag });
    } else if (placed.has(tag)) {
      // A computed figure typed over: reported below as a sum or ratio that does not hold.
    } else if (written !== undefined && found.some((f) => !sameText(f.text, written))) {
      out.push({
        issue: issue("doc.handEdited", ["doc", tag], { written, current: text }, "warning"),
        tag,
      });
    } else if (written === undefined && !sameText(text, expected)) {
      out.push({
        issue: issue("doc.handEdited", ["doc", tag], { written: expected, current: text }, "warning"),
        tag,
      });
    }
  }
  // A section or table copied by hand, as scan lists it (a deleted one is missing above, or below when it has no text).
  const counts = new Map([...scan.controls].map(([tag, found]) => [tag, found.length]));
  for (const problem of structuralIssues(counts, template))
    if (problem.code === "doc.duplicateControl" || !content.texts.has(String(problem.params?.tag)))
      out.push({ issue: problem, ...(problem.params?.tag ? { tag: String(problem.params.tag) } : {}) });
  out.push(...mismatches);
  for (const problem of args.runChecks?.(template, printed) ?? []) out.push({ issue: problem });
  return out;
}
