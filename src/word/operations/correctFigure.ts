import { issue } from "../../domain/issues/Issue";
import { parsePeriod } from "../../domain/period";
import type { AgencyProfile, Template } from "../../domain/template/types";
import { refreshDocument, type RefreshResult } from "../refreshDocument";
import type { WordSession } from "../WordSession";
import type { ReportRenderer } from "./ReportRenderer";
import { refreshTarget } from "./refreshReport";

export type CorrectFigureArgs = {
  /** The figure's control, and the value the clerk typed for it (read by `readCorrection` first). */
  readonly tag: string;
  readonly text: string;
  readonly now: Date;
  /** What else it changes, nothing written (one sync). */
  readonly dryRun: boolean;
  readonly findTemplate: (id: string) => Template | undefined;
  readonly findAgency: (id: string) => AgencyProfile | undefined;
};

/**
 * A figure corrected from the pane, kept in the document as an override (as a hand edit the clerk keeps):
 * written to its control, recorded in the metadata beside the value it replaced, and every total, share and
 * prose figure computed from it follows, in one `Word.run` — the scan (sync 1) gives the figures the document
 * records, and the writes go in one batch (sync 2). Every other hand edit is kept as a refresh keeps it.
 */
export async function correctFigure(
  session: WordSession,
  renderer: ReportRenderer,
  args: CorrectFigureArgs,
): Promise<RefreshResult> {
  return refreshDocument(
    session,
    (scan) => {
      const meta = scan.metadata;
      const template = meta ? args.findTemplate(meta.templateId) : undefined;
      const agency = meta ? args.findAgency(meta.agencyId) : undefined;
      const period = meta ? parsePeriod(meta.period) : undefined;
      if (!meta?.figures || !template || !agency || !period || !("value" in period)) return issue("doc.noMetadata", ["doc"]);
      if (!scan.controls.has(args.tag)) return issue("doc.missingControl", ["doc", args.tag], { tag: args.tag });
      const input = { template, figures: meta.figures, agency, period: period.value };
      return refreshTarget(renderer, { input, source: meta.source, now: args.now });
    },
    { dryRun: args.dryRun, overwrite: new Set(), now: args.now, typed: new Map([[args.tag, args.text]]) },
  );
}
