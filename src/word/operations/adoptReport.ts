import type { AdoptPlan, BlockRef, ControlSpec, PlannedInline } from "../../domain/adopt/AdoptPlan";
import { recogniseReport } from "../../domain/adopt/recogniseReport";
import { issue, type Issue } from "../../domain/issues/Issue";
import { ENTRY_PROPERTY_PREFIX, METADATA_NAMESPACE, PROPERTY_PREFIX, type ReportMetadata } from "../../domain/metadata";
import { formatPeriodCode, type Period } from "../../domain/period";
import { parseTag } from "../../domain/tags";
import type { AgencyProfile, Template } from "../../domain/template/types";
import { queueMetadataWrite } from "../metadataStore";
import type { WordSession } from "../WordSession";

/** The metadata's source for an adopted report: its figures were read from the document itself. */
export const ADOPTED = "adopt";

export type AdoptArgs = {
  readonly template: Template;
  readonly agency: AgencyProfile;
  /** The report's period; without it, the one its title names. */
  readonly period?: Period;
  readonly now: Date;
  /** Tags of figures matched weakly that the clerk confirmed in the preview: wrapped too. */
  readonly confirmed?: ReadonlySet<string>;
  /** Recognise only: one sync, nothing written (the pane's preview, the CLI's `--dry-run`). */
  readonly preview?: boolean;
};

export type AdoptResult = {
  readonly plan: AdoptPlan | undefined;
  readonly applied: boolean;
  /** Why nothing was wrapped: already a baocao report, not this template's, no period. */
  readonly refused?: Issue;
};

type Loaded = {
  readonly paragraphs: Word.ParagraphCollection;
  readonly tables: Word.TableCollection;
};

/**
 * Adopt (Nhận diện báo cáo cũ): a report the add-in did not make becomes one it manages. One `Word.run`: every
 * paragraph, table, control and the metadata's presence read in one sync; the pure recogniser plans the controls
 * a fresh insert would have made, around the text as it is; every control and the metadata are queued in one
 * batch and sent in the second sync. Nothing is typed into the document: controls only go around existing
 * ranges, so not one character of its text changes. Two syncs whatever the size.
 */
export async function adoptReport(session: WordSession, args: AdoptArgs): Promise<AdoptResult> {
  return session.run(async (context) => {
    // The number Word draws for a list paragraph ("II.", "a)") is not in its text: listString (WordApi 1.3).
    const paragraphs = context.document.body.paragraphs.load(
      "items/text,items/tableNestingLevel,items/listItemOrNullObject/listString",
    );
    const tables = context.document.body.tables.load("items/values,items/nestingLevel");
    const controls = context.document.contentControls.load("items/tag");
    const hasMetadata = queueMetadataPresence(context, session);
    await context.sync();
    if (hasMetadata() || controls.items.some((c) => parseTag(c.tag)))
      return { plan: undefined, applied: false, refused: issue("adopt.alreadyManaged", ["doc"]) };
    const plan = recogniseReport({
      reading: {
        paragraphs: paragraphs.items.map((p) => ({
          text: p.text,
          tableNestingLevel: p.tableNestingLevel,
          ...(p.listItemOrNullObject.isNullObject ? {} : { listString: p.listItemOrNullObject.listString }),
        })),
        tables: tables.items.map((t) => ({ values: t.values, nestingLevel: t.nestingLevel })),
      },
      template: args.template,
      agency: args.agency,
      ...(args.period ? { period: args.period } : {}),
      ...(args.confirmed ? { confirmed: args.confirmed } : {}),
    });
    if (plan.refused) return { plan, applied: false, refused: plan.refused };
    if (args.preview) return { plan, applied: false };
    queueWraps({ paragraphs, tables }, plan);
    queueMetadataWrite(context, session.capabilities, metadataOf(plan, args), undefined);
    await context.sync();
    return { plan, applied: true };
  });
}

/** Whether the document already carries baocao metadata, read in the caller's batch. */
function queueMetadataPresence(context: Word.RequestContext, session: WordSession): () => boolean {
  if (session.capabilities.customXmlParts) {
    const parts = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
    return () => parts.items.length > 0;
  }
  const props = context.document.properties.customProperties.load("items/key");
  return () => props.items.some((p) => p.key.startsWith(PROPERTY_PREFIX) || p.key.startsWith(ENTRY_PROPERTY_PREFIX));
}

/** The metadata of an adopted report: what it shows is what was written, and the figures read from it. */
function metadataOf(plan: AdoptPlan, args: AdoptArgs): ReportMetadata {
  const period = args.period ?? plan.titlePeriod;
  return {
    schema: 1,
    templateId: args.template.id,
    templateVersion: args.template.version,
    agencyId: args.agency.id,
    period: period ? formatPeriodCode(period) : plan.figures.period,
    ...(plan.figures.dataWindow ? { dataWindow: plan.figures.dataWindow } : {}),
    ...(plan.figures.asOfDate ? { asOfDate: plan.figures.asOfDate } : {}),
    source: ADOPTED,
    refreshedAt: args.now.toISOString(),
    written: plan.written,
    figures: plan.figures,
  };
}

function label(control: Word.ContentControl, spec: ControlSpec): void {
  control.tag = spec.tag;
  control.title = spec.title;
  if (spec.locked) control.cannotEdit = true;
}

/**
 * Queues every control of the plan, innermost first (figures and cells, then tables, then sections from the
 * deepest), so that each outer range is taken after the controls inside it exist.
 */
function queueWraps(loaded: Loaded, plan: AdoptPlan): void {
  const { paragraphs, tables } = loaded;
  for (const inline of plan.inlines) {
    const range = inlineRange(loaded, inline);
    if (range) label(range.insertContentControl(), inline);
  }
  for (const cell of plan.cells) {
    const table = tables.items[cell.table];
    if (!table) continue;
    const paragraph = table.getCell(cell.row, cell.cell).body.paragraphs.getFirst();
    label(paragraph.getRange("Content").insertContentControl(), cell);
  }
  for (const t of plan.tables) {
    const table = tables.items[t.table];
    if (!table) continue;
    const after = t.paragraphAfter === undefined ? undefined : paragraphs.items[t.paragraphAfter];
    const range = after ? table.getRange("Whole").expandTo(after.getRange("Whole")) : table.getRange("Whole");
    label(range.insertContentControl(), t);
  }
  for (const section of [...plan.sections].reverse()) {
    const from = blockRange(loaded, section.from);
    const to = blockRange(loaded, section.to);
    if (from && to) label(from.expandTo(to).insertContentControl(), section);
  }
}

function blockRange(loaded: Loaded, block: BlockRef): Word.Range | undefined {
  const item =
    block.kind === "para" ? loaded.paragraphs.items[block.index] : loaded.tables.items[block.index];
  return item?.getRange("Whole");
}

/** A figure's characters, found by searching a window unique in its paragraph, then the value inside it. */
function inlineRange(loaded: Loaded, inline: PlannedInline): Word.Range | undefined {
  const found = inline.search;
  const paragraph =
    "paragraph" in inline
      ? loaded.paragraphs.items[inline.paragraph]
      : loaded.tables.items[inline.table]?.getCell(inline.row, inline.cell).body.paragraphs.getFirst();
  if (!paragraph) return undefined;
  const window = paragraph.search(found.window, { matchCase: true }).getFirst();
  if (found.window === found.value) return window;
  return window.search(found.value, { matchCase: true }).getFirst();
}
