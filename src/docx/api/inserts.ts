/**
 * The insert methods shared by Body, Paragraph, Range and ContentControl: validate the location, count the
 * bytes sent (host.bytesSent: the payload a real Word would receive), run the insertion at sync and return a
 * Range (or Paragraph) proxy bound to what was inserted.
 */
import { DocxError } from "./DocxError";
import { checkLocation } from "./locations";
import type { ProxyObject } from "./ProxyObject";
import { RangeProxy } from "./Range";
import { ParagraphProxy } from "./Paragraph";
import { insertAt } from "../model/insertAt";
import { importOoxml, type ImportedContent } from "../model/importOoxml";
import { assertInsertableText, runsForLine, splitParagraphs } from "../model/textToRuns";
import type { InsertLocation, RangeTarget } from "../model/RangeTarget";
import type { WordDocument } from "../model/WordDocument";
import { assertEditable } from "../model/locks";
import { normalizeAround } from "../model/normalize";
import { formattingFor } from "../model/formatting";
import { enclosingParagraph, type Point } from "../model/structure";
import { wEl, type XElement } from "../xml/xmlDom";

const encoder = new TextEncoder();
export const byteLength = (s: unknown): number => (typeof s === "string" ? encoder.encode(s).length : 0);

type Owner<T> = ProxyObject<T> & { readonly context: ProxyObject<T>["context"] };

export type InsertArgs<T> = {
  readonly where: string;
  readonly location: unknown;
  readonly allowed: readonly InsertLocation[];
  readonly target: (t: T) => RangeTarget;
  /** Extra rule checked at sync (e.g. no Replace on a table control). */
  readonly check?: (t: T, location: InsertLocation) => void;
};

export function queueInsertText<T>(owner: Owner<T>, text: unknown, args: InsertArgs<T>): RangeProxy {
  const ctx = owner.context;
  ctx.model.bytesSent += byteLength(text);
  const range = new RangeProxy(ctx, { pending: true });
  ctx.enqueue(args.where, () => {
    const location = checkLocation<InsertLocation>(args.location, args.allowed, args.where);
    assertInsertableText(text);
    const t = owner.require();
    args.check?.(t, location);
    range.bind(ctx.model.spans.register(insertAt(ctx.model, args.target(t), location, { kind: "text", text })));
  });
  return range;
}

export function queueInsertOoxml<T>(
  owner: Owner<T>,
  ooxml: unknown,
  args: InsertArgs<T> & { readonly sectPr?: (doc: WordDocument, imported: ImportedContent, location: InsertLocation) => void },
): RangeProxy {
  const ctx = owner.context;
  ctx.model.bytesSent += byteLength(ooxml);
  const range = new RangeProxy(ctx, { pending: true });
  ctx.enqueue(args.where, () => {
    const location = checkLocation<InsertLocation>(args.location, args.allowed, args.where);
    const t = owner.require();
    args.check?.(t, location);
    const imported = importOoxml(ctx.model, ooxml);
    args.sectPr?.(ctx.model, imported, location);
    range.bind(ctx.model.spans.register(insertAt(ctx.model, args.target(t), location, { kind: "blocks", blocks: imported.blocks })));
  });
  return range;
}

/** insertParagraph: `point` gives the block-level place for the chosen location. */
export function queueInsertParagraph<T>(
  owner: Owner<T>,
  text: unknown,
  args: { where: string; location: unknown; allowed: readonly InsertLocation[]; point: (t: T, location: InsertLocation) => Point },
): ParagraphProxy {
  const ctx = owner.context;
  ctx.model.bytesSent += byteLength(text);
  const paragraph = new ParagraphProxy(ctx, { pending: true });
  ctx.enqueue(args.where, () => {
    const location = checkLocation<InsertLocation>(args.location, args.allowed, args.where);
    assertInsertableText(text);
    if (splitParagraphs(text).length > 1) {
      throw new DocxError("InvalidArgument", "insertParagraph takes the text of one paragraph (no line feed).");
    }
    const point = args.point(owner.require(), location);
    assertEditable(point.parent);
    const reference = enclosingParagraph(point.before) ?? enclosingParagraph(point.parent) ?? null;
    const fmt = formattingFor(reference ? [reference] : [], { parent: point.parent, previous: null });
    const p: XElement = wEl(ctx.model.dom, "p");
    if (fmt.pPr) p.appendChild(fmt.pPr);
    for (const r of runsForLine(ctx.model.dom, text, fmt.rPr)) p.appendChild(r);
    point.parent.insertBefore(p, point.before);
    normalizeAround(point.parent);
    paragraph.bind(p);
  });
  return paragraph;
}
