import { issue, type Issue } from "../../domain/issues/Issue";
import { parsePeriod, type Period } from "../../domain/period";
import { documentIssues } from "../../domain/plan";
import { parseTag, type TagKind } from "../../domain/tags";
import type { AgencyProfile, Template } from "../../domain/template/types";
import { scanDocument, type DocumentScan } from "../scanDocument";
import type { WordSession } from "../WordSession";
import { ADOPTED } from "./adoptReport";
import type { ReportRenderer } from "./ReportRenderer";

export type ScanReportArgs = {
  readonly findTemplate: (id: string) => Template | undefined;
  readonly findAgency: (id: string) => AgencyProfile | undefined;
};

/** What `baocao scan` prints and the pane's outline marks: the scan, and the problems of the document's controls. */
export type ReportScan = {
  readonly scan: DocumentScan;
  readonly template: Template | undefined;
  readonly agency: AgencyProfile | undefined;
  readonly period: Period | undefined;
  /** How many controls of each tag the document holds. */
  readonly counts: ReadonlyMap<string, number>;
  /** Controls by kind (sections, tables, figures, period phrases, header cells). */
  readonly byKind: Readonly<Record<TagKind, number>>;
  /**
   * The document's problems: its damaged metadata, or no control of ours at all (each alone, as every operation
   * would stop on it), else what is missing, duplicated or unknown against what the template renders.
   */
  readonly issues: readonly Issue[];
  /** True when the metadata is damaged or the document has no control of ours: nothing else was looked at. */
  readonly stopped: boolean;
};

/**
 * Scans the document and lists its problems, in one batch: the one scan-and-report `baocao scan` and the
 * pane's outline share. An adopted report's number and date are the văn thư's typed text, not controls of ours:
 * their absence is no problem.
 */
export async function scanReport(
  session: WordSession,
  renderer: ReportRenderer,
  args: ScanReportArgs,
): Promise<ReportScan> {
  return reportOfScan(await scanDocument(session), renderer, args);
}

/** The problems of a scan already made (scanReport without the Word round trip). */
export function reportOfScan(scan: DocumentScan, renderer: ReportRenderer, args: ScanReportArgs): ReportScan {
  const counts = new Map([...scan.controls].map(([tag, found]) => [tag, found.length]));
  const byKind: Record<TagKind, number> = { sec: 0, fig: 0, tbl: 0, per: 0, hdr: 0 };
  for (const [tag, n] of counts) {
    const kind = parseTag(tag)?.kind;
    if (kind) byKind[kind] += n;
  }
  const meta = scan.metadata;
  const template = meta ? args.findTemplate(meta.templateId) : undefined;
  const agency = meta ? args.findAgency(meta.agencyId) : undefined;
  const parsed = meta ? parsePeriod(meta.period) : undefined;
  const period = parsed && "value" in parsed ? parsed.value : undefined;
  const base = { scan, template, agency, period, counts, byKind };
  if (scan.damage) return { ...base, issues: [scan.damage], stopped: true };
  if (scan.controls.size === 0) return { ...base, issues: [issue("doc.notAdopted", ["doc"])], stopped: true };
  if (!meta?.figures || !template || !agency || !period) return { ...base, issues: [], stopped: false };
  const expected = new Map(
    [...renderer.content({ template, figures: meta.figures, agency, period }).texts].filter(
      ([tag]) => meta.source !== ADOPTED || parseTag(tag)?.kind !== "hdr",
    ),
  );
  return { ...base, issues: documentIssues(counts, template, expected), stopped: false };
}
