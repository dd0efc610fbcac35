import { issue } from "../../domain/issues/Issue";
import { figuresFromTexts, readsAsFigure } from "../../domain/overrides";
import { formatPeriodCode } from "../../domain/period";
import { refreshDocument, type RefreshResult, type RefreshTarget } from "../refreshDocument";
import type { WordSession } from "../WordSession";
import { metadataAfter, metadataFor, refreshTexts } from "./buildMetadata";
import { documentProblems } from "./documentProblems";
import type { ReportInput, ReportRenderer } from "./ReportRenderer";

export type RefreshReportArgs = {
  readonly input: ReportInput;
  readonly source?: string;
  readonly now: Date;
  readonly dryRun: boolean;
  readonly overwrite: ReadonlySet<string> | "all";
};

/**
 * Job 2, refresh before signing: the figures that changed, and only those, written in one batch after one
 * scan. Figures of another period or template than the document's are refused with nothing written: moving
 * to another period is a roll-forward.
 */
export async function refreshReport(
  session: WordSession,
  renderer: ReportRenderer,
  args: RefreshReportArgs,
): Promise<RefreshResult> {
  const period = formatPeriodCode(args.input.period);
  return refreshDocument(
    session,
    refreshTarget(renderer, args),
    {
      dryRun: args.dryRun,
      overwrite: args.overwrite,
      now: args.now,
      problems: (scan, planIssues) => documentProblems(scan, args.input.template, planIssues),
      guard: (scan) => {
        if (scan.damage) return scan.damage;
        if (scan.controls.size === 0) return issue("doc.notAdopted", ["doc"]);
        // Metadata removed cleanly: said so, rather than every figure taken as a hand edit.
        if (!scan.metadata) return issue("doc.noMetadata", ["doc"]);
        const meta = scan.metadata;
        if (meta && meta.templateId !== args.input.template.id) {
          return issue("doc.templateMismatch", ["doc"], {
            expected: args.input.template.id,
            actual: meta.templateId,
          });
        }
        if (meta && meta.period !== period)
          return issue("doc.periodMismatch", ["period"], { expected: meta.period, actual: period });
        return undefined;
      },
    },
  );
}

/** What the document should show with the input's figures, and how it follows the clerk's overrides. */
export function refreshTarget(
  renderer: ReportRenderer,
  args: Pick<RefreshReportArgs, "input" | "source" | "now">,
): RefreshTarget {
  const content = renderer.content(args.input);
  return {
    texts: refreshTexts(content),
    rows: content.rows,
    tableRows: (tableId) => renderer.tableRows(args.input, tableId),
    recompute: (values) => {
      const figures = figuresFromTexts(args.input.template, args.input.figures, values).figures;
      const effective = renderer.content({ ...args.input, figures });
      return { texts: refreshTexts(effective), rows: effective.rows };
    },
    readsAsNew: (tag, shown) => readsAsFigure(args.input.template, args.input.figures, tag, shown),
    // Built only when something is written: a refresh with nothing to change never needs it.
    nextMetadata: (previous, plan, after) =>
      metadataAfter({
        previous,
        fresh: metadataFor({ input: args.input, content, source: args.source, now: args.now }),
        plan,
        ...after,
      }),
  };
}
