import { issue, type Issue } from "../../domain/issues/Issue";
import { formatPeriodCode, type Period } from "../../domain/period";
import { planRefresh, type RefreshPlan } from "../../domain/plan";
import { rollFigures } from "../../domain/roll";
import { parseCellName, parseTag } from "../../domain/tags";
import type { AgencyProfile, Template } from "../../domain/template/types";
import { queueApply } from "../applyPlan";
import { syncScan, textsByTag } from "../scanDocument";
import type { WordSession } from "../WordSession";
import { metadataAfter, metadataFor } from "./buildMetadata";
import { documentProblems } from "./documentProblems";
import type { ReportRenderer } from "./ReportRenderer";

export type RollResult = {
  readonly plan: RefreshPlan;
  readonly from: string | undefined;
  readonly to: string;
  /** Figures and cells left empty for the next refresh. */
  readonly cleared: readonly string[];
  readonly applied: boolean;
  readonly refused?: Issue;
  /** The document problems that stopped the roll (a control deleted or duplicated): nothing was written. */
  readonly blocked?: readonly Issue[];
};

export type RollArgs = {
  readonly next: Period;
  readonly now: Date;
  readonly findTemplate: (id: string) => Template | undefined;
  readonly findAgency: (id: string) => AgencyProfile | undefined;
};

/**
 * Job 3, reuse last quarter's document: in one `Word.run`, a scan (sync 1) reads the figures the document was
 * filled with; the core rolls them to the next period; every period phrase is relabelled, the period's figures
 * cleared, the accumulating columns kept, the header number and date reset, and the metadata moved — all
 * in one batch (sync 2). Hand-edited static figures are the clerk's: they stay, reported as conflicts.
 */
export async function rollForward(
  session: WordSession,
  renderer: ReportRenderer,
  args: RollArgs,
): Promise<RollResult> {
  const to = formatPeriodCode(args.next);
  return session.run(async (context) => {
    const { scan, proxies } = await syncScan(context, session);
    const meta = scan.metadata;
    const template = meta ? args.findTemplate(meta.templateId) : undefined;
    const agency = meta ? args.findAgency(meta.agencyId) : undefined;
    if (scan.damage || !meta || !meta.figures || !template || !agency) {
      const refused = scan.damage ?? issue("doc.noMetadata", ["doc"]);
      return {
        plan: { changes: [], conflicts: [], rebuilds: [], issues: [refused] },
        from: meta?.period,
        to,
        cleared: [],
        applied: false,
        refused,
      };
    }
    const rolledResult = rollFigures(template, meta.figures, args.next);
    if (!rolledResult.value) {
      const [refused = issue("doc.noMetadata", ["doc"])] = rolledResult.issues;
      return {
        plan: { changes: [], conflicts: [], rebuilds: [], issues: [refused] },
        from: meta.period,
        to,
        cleared: [],
        applied: false,
        refused,
      };
    }
    const rolled = rolledResult.value;
    const input = { template, figures: rolled.figures, agency, period: args.next };
    const content = renderer.content(input);
    const plan = planRefresh({
      current: textsByTag(scan),
      written: meta.written,
      desired: content.texts,
      desiredRows: content.rows,
      overwrite: new Set([...content.texts.keys()].filter((tag) => movesWithPeriod(tag, template))),
    });
    const blocked = documentProblems(scan, template, plan.issues);
    if (blocked.length)
      return { plan, from: meta.period, to, cleared: rolled.cleared, applied: false, refused: blocked[0], blocked };
    const fresh = metadataFor({ input, content, source: meta.source, now: args.now });
    // A rolled document has not been refreshed for its new period yet.
    const { refreshedAt: _notYet, ...moved } = metadataAfter({ previous: meta, fresh, plan });
    queueApply(context, session, {
      plan,
      proxies,
      tableRows: (tableId) => renderer.tableRows(input, tableId),
      texts: content.texts,
      metadata: moved,
      stored: scan.stored,
    });
    await context.sync();
    return { plan, from: meta.period, to, cleared: rolled.cleared, applied: true };
  });
}

/**
 * Whether a control's text belongs to the period being left, so the roll may replace it even when edited:
 * period phrases, header fields, figures of the period and the cells of period and progressive tables.
 * Static, target and historical figures, and static tables, are never overwritten.
 */
function movesWithPeriod(tag: string, template: Template): boolean {
  const parsed = parseTag(tag);
  if (!parsed) return false;
  if (parsed.kind === "per" || parsed.kind === "hdr") return true;
  if (parsed.kind !== "fig") return false;
  const cell = parseCellName(parsed.name);
  if (cell) return (template.tables[cell.table]?.scope ?? "static") !== "static";
  const scope = template.fields[parsed.name]?.scope;
  return scope === "period" || scope === "progressive";
}
