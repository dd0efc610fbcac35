/**
 * The performance contract of DESIGN.md ("Round trips are the cost"), measured on the headless Word: syncs,
 * bytes sent to Word and time of every operation — insert, scan, refresh (all figures changed, three changed,
 * none), roll forward, the check before signing (`checkReport`, which runs the stale scan) — on the shipped
 * report and on the 30-agency consolidated one.
 * Called by `npm run bench`; run alone with `npx tsx bench/operations.bench.ts`.
 */
import JSZip from "jszip";
import { openDocx, type DocxHost, type HostProfileName } from "../src/docx";
import type { Figures } from "../src/domain/figures/schema";
import { ENTRY_PROPERTY_PREFIX, METADATA_NAMESPACE, PROPERTY_PREFIX } from "../src/domain/metadata";
import { periodLabel } from "../src/domain/period";
import { capabilitiesOf, WordSession, scanDocument } from "../src/word";
import { checkReport, draftReport, refreshReport, rollForward } from "../src/word/operations";
import { adoptReport } from "../src/word/operations/adoptReport";
import { shippedRenderer } from "../src/word/operations/shippedRenderer";
import {
  allChanged,
  consolidatedReport,
  H1_2021,
  shippedReport,
  threeChanged,
  type BenchReport,
} from "./reports";

/**
 * The Word each row plays (src/docx/README.md, host profiles): "1.3" is Office 2021 (metadata in custom
 * properties, no PageSetup), "1.4" WordApi 1.4 (a custom XML part), "m365" Microsoft 365 desktop (PageSetup,
 * WordApi 1.5), "web" Word on the web. The session asks the host, as the pane asks Word.
 */
export type BenchApi = "1.3" | "1.4" | "m365" | "web";
const PROFILE_OF: Readonly<Record<BenchApi, HostProfileName>> = { "1.3": "office2021", "1.4": "1.4", m365: "m365", web: "web" };
const hasCustomXml = (api: BenchApi): boolean => api !== "1.3";

/** DESIGN.md's budget: syncs at most, whatever the number of sections, figures and tables. */
export const SYNC_BUDGET = { insert: 2, scan: 1, refresh: 2, roll: 3, check: 2, adopt: 3 } as const;

export type OperationName =
  | "insert"
  | "scan"
  | "scan (no metadata)"
  | "refresh (all changed)"
  | "refresh (three changed)"
  | "refresh (none changed)"
  | "roll forward"
  | "check"
  | "adopt";

export type OperationRow = {
  readonly report: BenchReport["name"];
  readonly api: BenchApi;
  readonly operation: OperationName;
  readonly syncs: number;
  readonly budget: number;
  readonly ok: boolean;
  /** `host.bytesSent` after minus before: text and OOXML the operation sent to Word. */
  readonly bytesSent: number;
  /**
   * Of which the report metadata (custom XML part on 1.4, custom properties on 1.3): `host.customDataBytesSent`,
   * the entries a write changed with their paths, or the whole part for a new document.
   */
  readonly metadataBytes: number;
  /** Of which the content: control texts, rebuilt tables, the inserted report. */
  readonly contentBytes: number;
  /** Median wall time of the operation on the headless Word (opening the document excluded). */
  readonly ms: number;
  /** What the operation did: controls written, controls found, findings. */
  readonly note: string;
  /**
   * Beyond the operations DESIGN.md's table names on the add-in's own reports: the scan of a document that
   * carries no metadata (a report typed by hand, or one whose metadata was removed).
   */
  readonly extra?: true;
};

export type ReportSize = {
  readonly report: BenchReport["name"];
  readonly tables: number;
  readonly contentControls: number;
  readonly valueControls: number;
  readonly docxBytes: number;
};

export type OperationsBench = {
  readonly rows: readonly OperationRow[];
  readonly sizes: readonly ReportSize[];
};

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The document with every content control unwrapped, its content left where it was: a report typed by hand. */
async function withoutControls(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")!.async("string"))
    .replace(/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/g, "")
    .replace(/<w:sdtEndPr>[\s\S]*?<\/w:sdtEndPr>|<w:sdtEndPr\/>/g, "")
    .replace(/<\/?w:sdt>|<\/?w:sdtContent>/g, "");
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

/** The document without the report metadata: what a clerk's hand-typed report looks like to a scan. */
async function withoutMetadata(bytes: Uint8Array, api: BenchApi): Promise<Uint8Array> {
  const host = await openDocx(bytes, { profile: PROFILE_OF[api] });
  await host.run(async (context) => {
    if (hasCustomXml(api)) {
      const parts = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      for (const part of parts.items) part.delete();
    } else {
      const props = context.document.properties.customProperties;
      props.load("items/key");
      await context.sync();
      for (const prop of props.items)
        if (prop.key.startsWith(PROPERTY_PREFIX) || prop.key.startsWith(ENTRY_PROPERTY_PREFIX)) prop.delete();
    }
    await context.sync();
  });
  return host.save();
}

type Measured<T> = {
  readonly result: T;
  readonly syncs: number;
  readonly bytesSent: number;
  readonly metadataBytes: number;
  readonly ms: number;
  readonly host: DocxHost;
};

/**
 * Runs `operation` `repeats` times, each on a fresh copy of `bytes` (a blank document when absent), and keeps
 * the last run's result, syncs and bytes (they do not vary between runs) with the median time.
 */
async function measured<T>(
  bytes: Uint8Array | undefined,
  api: BenchApi,
  repeats: number,
  operation: (session: WordSession) => Promise<T>,
): Promise<Measured<T>> {
  const times: number[] = [];
  let last: Omit<Measured<T>, "ms"> | undefined;
  for (let k = 0; k < repeats; k += 1) {
    const host = await openDocx(bytes, { profile: PROFILE_OF[api] });
    const session = new WordSession((batch) => host.run(batch), capabilitiesOf((name, version) => host.isSetSupported(name, version)));
    const syncsBefore = host.syncCount;
    const bytesBefore = host.bytesSent;
    const metadataBefore = host.customDataBytesSent;
    const start = performance.now();
    const { result, syncs } = await session.measure(operation);
    times.push(performance.now() - start);
    if (host.syncCount - syncsBefore !== syncs)
      throw new Error(`bench: the session counted ${syncs} syncs, the host ${host.syncCount - syncsBefore}`);
    last = {
      result,
      syncs,
      bytesSent: host.bytesSent - bytesBefore,
      metadataBytes: host.customDataBytesSent - metadataBefore,
      host,
    };
  }
  if (!last) throw new Error("bench: no run");
  return { ...last, ms: median(times) };
}

/** The operations of one report on one API level, each from the state a clerk would run it in. */
export async function benchReportOperations(
  report: BenchReport,
  options: { readonly api: BenchApi; readonly repeats: number; readonly signal?: AbortSignal },
): Promise<{ rows: OperationRow[]; size: ReportSize }> {
  const { api, repeats, signal } = options;
  const input = {
    template: report.template,
    figures: report.figures,
    agency: report.agency,
    period: report.period,
  };
  const now = new Date("2021-03-05T08:00:00Z");
  const rows: OperationRow[] = [];
  const row = (operation: OperationName, budget: number, m: Measured<unknown>, note: string) => {
    signal?.throwIfAborted(); // the run's deadline passed: stop here rather than run on beside the next benchmark
    const meta = m.metadataBytes;
    rows.push({
      report: report.name,
      api,
      operation,
      syncs: m.syncs,
      budget,
      ok: m.syncs <= budget,
      bytesSent: m.bytesSent,
      metadataBytes: meta,
      contentBytes: m.bytesSent - meta,
      ms: round(m.ms),
      note,
    });
  };

  const draft = await measured(undefined, api, repeats, (s) =>
    draftReport(s, shippedRenderer, { input, source: "bench", now }),
  );
  const drafted = await draft.host.save();
  const valueControls = draft.result.texts.size;
  row("insert", SYNC_BUDGET.insert, draft, `${valueControls} value controls`);

  const scan = await measured(drafted, api, repeats, scanDocument);
  const found = [...scan.result.controls.values()].reduce((n, list) => n + list.length, 0);
  if (!scan.result.metadata) throw new Error(`bench: the ${report.name} report scanned without its metadata`);
  row("scan", SYNC_BUDGET.scan, scan, `${found} controls, metadata read`);

  // A document without our metadata: the same report, its metadata part or properties removed.
  const bare = await withoutMetadata(drafted, api);
  const bareScan = await measured(bare, api, repeats, scanDocument);
  if (bareScan.result.metadata) throw new Error("bench: the metadata survived its removal");
  row(
    "scan (no metadata)",
    SYNC_BUDGET.scan,
    bareScan,
    hasCustomXml(api)
      ? "no metadata part: the read of the part fails and the scan is retried without it"
      : "no metadata properties",
  );
  rows[rows.length - 1] = { ...rows[rows.length - 1]!, extra: true };

  const refresh = async (name: OperationName, figures: Figures) => {
    const m = await measured(drafted, api, repeats, (s) =>
      refreshReport(s, shippedRenderer, {
        input: { ...input, figures },
        source: "bench",
        now,
        dryRun: false,
        overwrite: new Set(),
      }),
    );
    const { plan } = m.result;
    if (plan.conflicts.length || plan.issues.length || m.result.refused)
      throw new Error(
        `bench: ${name} planned conflicts or issues: ${JSON.stringify(plan.issues.slice(0, 3))}`,
      );
    row(
      name,
      SYNC_BUDGET.refresh,
      m,
      `${plan.changes.length} controls written${plan.rebuilds.length ? `, ${plan.rebuilds.length} tables rebuilt` : ""}`,
    );
  };
  await refresh("refresh (all changed)", allChanged(report.figures, report.template));
  await refresh("refresh (three changed)", threeChanged(report.figures));
  await refresh("refresh (none changed)", report.figures);

  const roll = await measured(drafted, api, repeats, (s) =>
    rollForward(s, shippedRenderer, {
      next: H1_2021,
      now,
      findTemplate: (id) => (id === report.template.id ? report.template : undefined),
      findAgency: (id) => (id === report.agency.id ? report.agency : undefined),
    }),
  );
  if (!roll.result.applied)
    throw new Error(`bench: roll forward refused: ${JSON.stringify(roll.result.refused)}`);
  row(
    "roll forward",
    SYNC_BUDGET.roll,
    roll,
    `${roll.result.plan.changes.length} controls written, ${roll.result.cleared.length} figures cleared`,
  );

  // The check after a roll is the clerk's next step: figures still to come, and which prose phrases no longer
  // fit the new period (the stale scan) — the same operation the pane and `baocao check` run.
  const rolled = await roll.host.save();
  const check = await measured(rolled, api, repeats, (s) =>
    checkReport(s, shippedRenderer, {
      findTemplate: (id) => (id === report.template.id ? report.template : undefined),
      findAgency: (id) => (id === report.agency.id ? report.agency : undefined),
    }),
  );
  const stale = check.result.entries.filter((e) => e.finding).length;
  row(
    "check",
    SYNC_BUDGET.check,
    check,
    `${check.result.entries.length} findings, ${stale} stale phrases for ${periodLabel(H1_2021)}`,
  );

  // Adopt: the same report as a clerk's copy of it: every control unwrapped and the metadata removed.
  const typed = await withoutControls(bare);
  const adopt = await measured(typed, api, repeats, (s) =>
    adoptReport(s, { template: report.template, agency: report.agency, period: report.period, now }),
  );
  if (!adopt.result.applied) throw new Error(`bench: adopt refused: ${JSON.stringify(adopt.result.refused)}`);
  const c = adopt.result.plan!.counts;
  row(
    "adopt",
    SYNC_BUDGET.adopt,
    adopt,
    `${c.sections.found} sections, ${c.tables.found} tables, ${c.cells.found} cells, ${c.figures.found} prose figures, ${c.periodPhrases.found} period phrases wrapped`,
  );

  const size: ReportSize = {
    report: report.name,
    tables: Object.keys(report.template.tables).length,
    contentControls: found,
    valueControls,
    docxBytes: drafted.length,
  };
  return { rows, size };
}

/**
 * Both reports on WordApi 1.4 (metadata in a custom XML part), timed as the median of `repeats` runs, then once
 * in each other profile (Office 2021 on WordApi 1.3 with custom properties, Microsoft 365 with PageSetup, Word on
 * the web), for the syncs and bytes.
 */
export async function benchOperations(
  options: { readonly repeats?: number; readonly signal?: AbortSignal } = {},
): Promise<OperationsBench> {
  const { signal } = options;
  const repeats = options.repeats ?? 3;
  const rows: OperationRow[] = [];
  const sizes: ReportSize[] = [];
  await benchReportOperations(shippedReport(), { api: "1.4", repeats: 1, signal }); // warm-up: JIT and module loading
  for (const report of [shippedReport(), consolidatedReport()]) {
    const { rows: r, size } = await benchReportOperations(report, { api: "1.4", repeats, signal });
    rows.push(...r);
    sizes.push(size);
    // The other Words once each, for their syncs and bytes (DESIGN.md's budget holds in every profile).
    for (const api of ["1.3", "m365", "web"] as const) rows.push(...(await benchReportOperations(report, { api, repeats: 1, signal })).rows);
  }
  return { rows, sizes };
}

if (process.argv[1]?.endsWith("operations.bench.ts")) {
  benchOperations().then(
    (r) => {
      console.table(r.sizes);
      console.table(r.rows);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
