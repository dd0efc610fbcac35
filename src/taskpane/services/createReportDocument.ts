import { runChecks } from "../../domain/checks/runChecks";
import type { StaleFinding } from "../../domain/checks/stalePeriod";
import type { Figures } from "../../domain/figures/schema";
import { formatIssue } from "../../domain/issues/formatIssue";
import { documentIssues } from "../../domain/plan";
import { formatPeriodCode, parsePeriod, type Period } from "../../domain/period";
import { figureTag, parseCellName, parseTag, sectionTag, tableTag } from "../../domain/tags";
import { agencies, findAgency } from "../../domain/template/agencies";
import { describePlace, findSection } from "../../domain/issues/describePlace";
import type { Section, Template } from "../../domain/template/types";
import { walkSections } from "../../domain/template/walkSections";
import {
  FALLBACK_LIMITATION,
  isNullObjectError,
  scanDocument,
  selectFinding as selectFindingInWord,
  type WordSession,
} from "../../word";
import { correctedFigures, readCorrection } from "../../domain/overrides";
import type { RefreshResult } from "../../word/refreshDocument";
import {
  checkReport,
  correctFigure,
  draftReport,
  refreshReport,
  rollForward,
  type ReportRenderer,
} from "../../word/operations";
import { adoptReport, type AdoptResult } from "../../word/operations/adoptReport";
import type {
  AdoptRequest,
  AdoptSummary,
  DocumentStatus,
  OutlineEntry,
  RefreshPreview,
  ReportDocument,
} from "./ReportDocument";

export type ReportDocumentOptions = {
  readonly session: WordSession;
  readonly template: Template;
  readonly renderer: ReportRenderer;
  /** The clock: the time of each insert and refresh, written in the metadata. */
  readonly now?: () => Date;
  readonly lang?: "vi" | "en";
};

/**
 * The task pane's view of the open document, over the `src/word` operations: the same code runs inside Word
 * (a session over `Word.run`) and in the playground (a session over the headless Word).
 */
export function createReportDocument(options: ReportDocumentOptions): ReportDocument {
  const { session, template, renderer } = options;
  const now = options.now ?? (() => new Date());
  const findTemplate = (id: string) => (id === template.id ? template : undefined);

  const inputFor = async (figures: Figures) => {
    const period = parsePeriod(figures.period);
    const agency = findAgency(figures.agency);
    if (!("value" in period) || !agency) throw new Error(`Không có hồ sơ cơ quan “${figures.agency}”.`);
    return { template, figures, agency, period: period.value };
  };

  const describe = (result: RefreshResult, syncs: number): RefreshPreview => {
    const tags = [...result.plan.changes.map((c) => c.tag), ...result.plan.conflicts.map((c) => c.tag)];
    return {
      plan: result.plan,
      syncs,
      sectionOf: new Map(tags.map((tag) => [tag, sectionOfTag(tag, template)])),
      labelOf: new Map(tags.map((tag) => [tag, labelOfTag(tag, template, options.lang ?? "vi")])),
    };
  };

  const preview = async (
    figures: Figures,
    dryRun: boolean,
    overwrite: ReadonlySet<string>,
  ): Promise<RefreshPreview> => {
    const input = await inputFor(figures);
    const { result, syncs } = await session.measure((s) =>
      refreshReport(s, renderer, { input, source: figures.source ?? "paste", now: now(), dryRun, overwrite }),
    );
    return describe(result, syncs);
  };

  const correct = async (tag: string, text: string, dryRun: boolean) => {
    const { result, syncs } = await session.measure((s) =>
      correctFigure(s, renderer, { tag, text, now: now(), dryRun, findTemplate, findAgency }),
    );
    if (result.refused) throw new Error(formatIssue(result.refused, template, options.lang ?? "vi"));
    return { result, preview: describe(result, syncs) };
  };

  const adopt = async (
    request: AdoptRequest,
    how: { readonly preview: boolean; readonly confirmed?: ReadonlySet<string> },
  ): Promise<AdoptSummary> => {
    const { result, syncs } = await session.measure((s) =>
      adoptReport(s, {
        template,
        agency: request.agency,
        ...(request.period ? { period: request.period } : {}),
        now: now(),
        preview: how.preview,
        ...(how.confirmed ? { confirmed: how.confirmed } : {}),
      }),
    );
    return adoptSummary(result, {
      template,
      lang: options.lang ?? "vi",
      syncs,
      ...(request.period ? { asked: request.period } : {}),
    });
  };

  return {
    template,
    agencies,
    previewAdopt: (request) => adopt(request, { preview: true }),
    adopt: ({ confirmed, ...request }) => adopt(request, { preview: false, confirmed }),
    async status(): Promise<DocumentStatus> {
      const scan = await scanDocument(session);
      const meta = scan.metadata;
      if (!meta) return scan.controls.size === 0 ? await blankOrForeign(session) : { kind: "foreign" };
      const period = parsePeriod(meta.period);
      if (!("value" in period)) return { kind: "foreign" };
      return {
        kind: "report",
        templateId: meta.templateId,
        agencyId: meta.agencyId,
        period: period.value,
        ...(meta.refreshedAt ? { refreshedAt: meta.refreshedAt } : {}),
        ...(meta.source ? { source: meta.source } : {}),
        ...(scan.store === "properties" ? { limitation: FALLBACK_LIMITATION[options.lang ?? "vi"] } : {}),
      };
    },
    async insertTemplate({ agency, period, figures }) {
      const base = figures ?? emptyFigures(template.id, agency.id, period);
      await draftReport(session, renderer, {
        input: { template, figures: base, agency, period },
        source: figures?.source ?? "mẫu trống",
        now: now(),
      });
    },
    async currentFigures() {
      return (await scanDocument(session)).metadata?.figures;
    },
    previewRefresh: (figures) => preview(figures, true, new Set()),
    applyRefresh: (figures, overwrite) => preview(figures, false, overwrite),
    async rollForward(next: Period) {
      const { result, syncs } = await session.measure((s) =>
        rollForward(s, renderer, { next, now: now(), findTemplate, findAgency }),
      );
      if (result.refused) throw new Error(formatIssue(result.refused, template, options.lang ?? "vi"));
      return { changes: result.plan.changes.length, syncs };
    },
    async outline(): Promise<readonly OutlineEntry[]> {
      const scan = await scanDocument(session);
      const meta = scan.metadata;
      const period = meta ? parsePeriod(meta.period) : undefined;
      const agency = meta ? findAgency(meta.agencyId) : undefined;
      const counts = new Map([...scan.controls].map(([tag, found]) => [tag, found.length]));
      const expected =
        meta?.figures && agency && period && "value" in period
          ? renderer.content({ template, figures: meta.figures, agency, period: period.value }).texts
          : new Map<string, string>();
      const problems = documentIssues(counts, template, expected);
      const missingTags = new Set(
        problems.filter((p) => p.code === "doc.missingControl").map((p) => String(p.params?.tag)),
      );
      const emptyTags = new Set(
        [...scan.controls]
          .filter(([, f]) => f.some((c) => c.text.trim() === "" || c.text === "…"))
          .map(([t]) => t),
      );
      return walkSections(template.sections).map(({ section, depth }) => {
        const own = [sectionTag(section.id), ...figureTagsOf(section, template)];
        const state = missingTags.has(sectionTag(section.id))
          ? "missingControl"
          : own.some((t) => missingTags.has(t))
            ? "issues"
            : own.some((t) => emptyTags.has(t))
              ? "missingFigures"
              : "filled";
        return {
          id: section.id,
          number: section.number,
          title: section.title[options.lang ?? "vi"],
          depth,
          state,
        };
      });
    },
    async readiness() {
      const report = await checkReport(session, renderer, { findTemplate, findAgency, runChecks });
      return report.entries.map((e) => ({
        issue: e.issue,
        ...(e.tag ? { tag: e.tag } : {}),
        ...(e.finding ? { finding: e.finding } : {}),
      }));
    },
    async selectTag(tag: string) {
      // One sync: a tag no longer in the document fails the batch with ItemNotFound.
      return session.run(async (context) => {
        context.document.contentControls.getByTag(tag).getFirst().select();
        try {
          await context.sync();
          return true;
        } catch (error) {
          if (isNullObjectError(error)) return false;
          throw error;
        }
      });
    },
    selectFinding: (finding: StaleFinding) => selectFindingInWord(session, finding),
    async selectedFigure() {
      // The cursor in a figure's text: the control round it. A figure selected whole (its handle clicked, or
      // `select()`): the one control the selection holds.
      return session.run(async (context) => {
        const selection = context.document.getSelection();
        const around = selection.parentContentControlOrNullObject;
        around.load("tag");
        const inside = selection.contentControls.load("items/tag");
        await context.sync();
        const figures = (tags: readonly string[]) => tags.filter((tag) => parseTag(tag)?.kind === "fig");
        const held = figures(inside.items.map((c) => c.tag));
        if (held.length === 1) return held[0];
        return figures(around.isNullObject ? [] : [around.tag])[0];
      });
    },
    async previewCorrection(tag, typed) {
      const read = readCorrection(template, tag, typed);
      if ("issue" in read) return { kind: "invalid", issue: read.issue };
      const { result, preview } = await correct(tag, read.text, true);
      const shown = result.scan.controls.get(tag)?.[0]?.text ?? "";
      return { kind: "ready", current: shown, preview };
    },
    async applyCorrection(tag, typed) {
      const read = readCorrection(template, tag, typed);
      if ("issue" in read) throw new Error(formatIssue(read.issue, template, options.lang ?? "vi"));
      return (await correct(tag, read.text, false)).preview;
    },
    correctedFigures: (figures, tag, text) => correctedFigures(template, figures, tag, text.trim()),
  };
}

/** Adopt's result in the clerk's words: what was recognised, what was not and why. */
function adoptSummary(
  result: AdoptResult,
  context: {
    readonly template: Template;
    readonly lang: "vi" | "en";
    readonly syncs: number;
    readonly asked?: Period;
  },
): AdoptSummary {
  const { template, lang, syncs } = context;
  const word = (issue: Parameters<typeof formatIssue>[0]) => formatIssue(issue, template, lang);
  const plan = result.plan;
  const period = context.asked ?? plan?.titlePeriod;
  const none = { found: 0, expected: 0 };
  return {
    ...(period ? { period } : {}),
    counts: plan?.counts ?? { sections: none, tables: none, figures: none, cells: none, periodPhrases: none },
    sections: plan?.sections.map((s) => s.title) ?? [],
    tables: plan?.tables.map((t) => t.title) ?? [],
    periodPhrases: plan?.inlines.filter((x) => x.kind === "per").map((x) => x.text) ?? [],
    notPlaced: plan?.unplaced.map(word) ?? [],
    weak: plan?.weak.map((w) => ({ tag: w.tag, message: word(w.issue) })) ?? [],
    ...(result.refused
      ? { refused: { noPeriod: result.refused.code === "adopt.noPeriod", message: word(result.refused) } }
      : {}),
    applied: result.applied,
    syncs,
  };
}

async function blankOrForeign(session: WordSession): Promise<DocumentStatus> {
  const text = await session.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return body.text;
  });
  return text.trim() === "" ? { kind: "blank" } : { kind: "foreign" };
}

/** A report with no figures yet: every figure shows the placeholder until the first refresh. */
function emptyFigures(templateId: string, agencyId: string, period: Period): Figures {
  return { template: templateId, agency: agencyId, period: formatPeriodCode(period), fields: {}, tables: {} };
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

function sectionOfTag(tag: string, template: Template): string {
  const parsed = parseTag(tag);
  if (!parsed) return "";
  const table = parseCellName(parsed.name)?.table;
  if (table) return template.tables[table]?.sectionId ?? "";
  const key = parsed.name;
  const section = key.split(".").reduceRight<string | undefined>((found, _, i, parts) => {
    if (found) return found;
    const id = parts.slice(0, i + 1).join(".");
    return findSection(template.sections, id) ? id : undefined;
  }, undefined);
  return section ?? "";
}

/** A control named as the printed report names it (one naming for the pane, the check and the CLI). */
function labelOfTag(tag: string, template: Template, lang: "vi" | "en"): string {
  return describePlace(["doc", tag], template, lang);
}
