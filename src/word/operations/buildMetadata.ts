import type { ReportMetadata } from "../../domain/metadata";
import { formatPeriodCode } from "../../domain/period";
import type { Overrides } from "../../domain/overrides";
import type { RefreshPlan } from "../../domain/plan";
import { parseTag } from "../../domain/tags";
import type { ReportContent, ReportInput } from "./ReportRenderer";

/** Header fields belong to the văn thư: never part of what a refresh compares. */
export const isRefreshable = (tag: string): boolean => parseTag(tag)?.kind !== "hdr";

/** The texts a refresh compares the document with: everything but the header fields. */
export function refreshTexts(content: ReportContent): ReadonlyMap<string, string> {
  return new Map([...content.texts].filter(([tag]) => isRefreshable(tag)));
}

/**
 * The metadata of a freshly filled report: what was written to every control, and the figures.
 * `now` is the caller's clock.
 */
export function metadataFor(args: {
  readonly input: ReportInput;
  readonly content: ReportContent;
  readonly source: string | undefined;
  readonly now: Date;
}): ReportMetadata {
  const { input, content } = args;
  return {
    schema: 1,
    templateId: input.template.id,
    templateVersion: input.template.version,
    agencyId: input.agency.id,
    period: formatPeriodCode(input.period),
    ...(input.figures.dataWindow ? { dataWindow: input.figures.dataWindow } : {}),
    ...(input.figures.asOfDate ? { asOfDate: input.figures.asOfDate } : {}),
    ...(args.source ? { source: args.source } : {}),
    refreshedAt: args.now.toISOString(),
    written: Object.fromEntries([...content.texts].filter(([tag]) => isRefreshable(tag))),
    figures: input.figures,
  };
}

/**
 * The metadata after a refresh: the new figures, and as written exactly what the document now shows —
 * changed and rebuilt controls take their new text, conflicts kept by the clerk keep the old written text
 * (so they stay recognisable as hand edits).
 */
export function metadataAfter(args: {
  readonly previous: ReportMetadata | undefined;
  readonly fresh: ReportMetadata;
  readonly plan: RefreshPlan;
  /** The overrides after the refresh: written as what the document prints, and recorded. */
  readonly overrides?: Overrides;
  /** The texts the plan wrote, when computed from the overrides rather than `fresh` alone. */
  readonly texts?: ReadonlyMap<string, string>;
}): ReportMetadata {
  const overrides = args.overrides ?? {};
  const changed = new Set(args.plan.changes.map((c) => c.tag));
  // Kept as the document shows them: hand edits kept, and figures left in the clerk's spelling.
  const kept = new Set([...args.plan.conflicts.map((c) => c.tag), ...(args.plan.spelled ?? []).filter((t) => !changed.has(t))]);
  const written: Record<string, string> = {};
  for (const [tag, text] of Object.entries(args.fresh.written)) {
    const old = args.previous?.written[tag];
    const override = overrides[tag];
    if (override) written[tag] = override.value;
    else if (kept.has(tag) && old !== undefined) written[tag] = old;
    else written[tag] = args.texts?.get(tag) ?? text;
  }
  const { overrides: _previous, ...rest } = args.fresh;
  return { ...rest, written, ...(Object.keys(overrides).length ? { overrides } : {}) };
}
