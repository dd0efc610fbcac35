import { runChecks } from "../../domain/checks/runChecks";
import type { StaleFinding } from "../../domain/checks/stalePeriod";
import type { Figures } from "../../domain/figures/schema";
import { formatIssue } from "../../domain/issues/formatIssue";
import { issue, type Result } from "../../domain/issues/Issue";
import { reportOutline } from "../../domain/outline";
import { formatPeriodCode, parsePeriod, type Period } from "../../domain/period";
import { agencies, findAgency } from "../../domain/template/agencies";
import type { AgencyProfile, Template } from "../../domain/template/types";
import {
  bodyIsBlank,
  FALLBACK_LIMITATION,
  scanDocument,
  selectedFigure as selectedFigureInWord,
  selectFinding as selectFindingInWord,
  selectTag as selectTagInWord,
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
  scanReport,
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

  const inputFor = (
    figures: Figures,
  ): Result<{ template: Template; figures: Figures; agency: AgencyProfile; period: Period }> => {
    const period = parsePeriod(figures.period);
    if (!("value" in period)) return { value: undefined, issues: [issue("figures.badPeriod", ["period"], { value: figures.period })] };
    const agency = findAgency(figures.agency);
    if (!agency) {
      const options = agencies.map((a) => `${a.agencyName} ${a.province}`).join("; ");
      return { value: undefined, issues: [issue("figures.notInEnum", ["agency"], { value: figures.agency, options })] };
    }
    return { value: { template, figures, agency, period: period.value }, issues: [] };
  };
  /** Nothing written, and why: the issues a view words in the clerk's language. */
  const refusal = (issues: RefreshPreview["plan"]["issues"]): RefreshPreview => ({
    plan: { changes: [], conflicts: [], rebuilds: [], issues },
    syncs: 0,
  });

  const describe = (result: RefreshResult, syncs: number): RefreshPreview => ({ plan: result.plan, syncs });

  const preview = async (
    figures: Figures,
    dryRun: boolean,
    overwrite: ReadonlySet<string>,
  ): Promise<RefreshPreview> => {
    const input = inputFor(figures);
    if (!input.value) return refusal(input.issues);
    const ready = input.value;
    const { result, syncs } = await session.measure((s) =>
      refreshReport(s, renderer, { input: ready, source: figures.source ?? "paste", now: now(), dryRun, overwrite }),
    );
    // A document problem (a control deleted or duplicated) stopped the apply with nothing written: issues the
    // review lists in the clerk's language, not an exception.
    if (result.blocked?.length) return { ...refusal(result.blocked), syncs };
    return describe(result, syncs);
  };

  const correct = async (tag: string, text: string, dryRun: boolean) => {
    const { result, syncs } = await session.measure((s) =>
      correctFigure(s, renderer, { tag, text, now: now(), dryRun, findTemplate, findAgency }),
    );
    return { result, preview: describe(result, syncs), ...(result.refused ? { refused: result.refused } : {}) };
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
      if (!meta) return scan.controls.size === 0 && (await bodyIsBlank(session)) ? { kind: "blank" } : { kind: "foreign" };
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
      if (result.refused) return { changes: 0, syncs, refused: result.refused, ...(result.blocked ? { problems: result.blocked } : {}) };
      return { changes: result.plan.changes.length, syncs };
    },
    async outline(): Promise<readonly OutlineEntry[]> {
      const { scan, issues } = await scanReport(session, renderer, { findTemplate, findAgency });
      const emptyTags = new Set(
        [...scan.controls]
          .filter(([, found]) => found.some((c) => c.text.trim() === "" || c.text === "…"))
          .map(([tag]) => tag),
      );
      return reportOutline(template, { problems: issues, emptyTags }, options.lang ?? "vi");
    },
    async readiness() {
      const report = await checkReport(session, renderer, { findTemplate, findAgency, runChecks });
      return report.entries.map((e) => ({
        issue: e.issue,
        ...(e.tag ? { tag: e.tag } : {}),
        ...(e.finding ? { finding: e.finding } : {}),
      }));
    },
    selectTag: (tag: string) => selectTagInWord(session, tag),
    selectFinding: (finding: StaleFinding) => selectFindingInWord(session, finding),
    selectedFigure: () => selectedFigureInWord(session),
    async previewCorrection(tag, typed) {
      const read = readCorrection(template, tag, typed);
      if ("issue" in read) return { kind: "invalid", issue: read.issue };
      const { result, preview, refused } = await correct(tag, read.text, true);
      if (refused) return { kind: "invalid", issue: refused };
      const shown = result.scan.controls.get(tag)?.[0]?.text ?? "";
      return { kind: "ready", current: shown, preview };
    },
    async applyCorrection(tag, typed) {
      const read = readCorrection(template, tag, typed);
      if ("issue" in read) return refusal([read.issue]);
      const { preview, refused } = await correct(tag, read.text, false);
      return refused ? refusal([refused]) : preview;
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

/** A report with no figures yet: every figure shows the placeholder until the first refresh. */
function emptyFigures(templateId: string, agencyId: string, period: Period): Figures {
  return { template: templateId, agency: agencyId, period: formatPeriodCode(period), fields: {}, tables: {} };
}
