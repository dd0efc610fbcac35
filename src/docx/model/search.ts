/**
 * `search(text, { matchCase, matchWholeWord })` within some nodes. Each paragraph's text is matched on its own
 * (like Word, a match does not cross a paragraph mark). A match becomes a span of whole runs: runs are split at
 * the match's edges (the document's text and formatting are unchanged; only run boundaries move). Choice: a
 * match whose runs are not siblings (it crosses into a control or a hyperlink) is reported as the smallest span
 * of siblings that contains it.
 */
import { DocxError } from "../api/DocxError";
import { isW, TEXT_NODE, walkElements, wChild, type XElement, type XNode } from "../xml/xmlDom";
import type { RangeTarget } from "./RangeTarget";
import type { SpanRegistry } from "./SpanRegistry";

export type SearchOptions = { readonly matchCase?: boolean; readonly matchWholeWord?: boolean; readonly matchWildcards?: boolean };

type Piece = { readonly run: XElement; readonly textNode: XNode | null; readonly start: number; readonly end: number };

/** The pieces of a paragraph's text: each w:t text (or tab) with its offsets, in order. */
function piecesOf(p: XElement): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = "";
  walkElements(p, (el) => {
    if (isW(el, "p") || isW(el, "pPr") || isW(el, "rPr") || isW(el, "sdtPr") || isW(el, "del") || isW(el, "instrText")) return false;
    const run = el.parentNode as XElement;
    if (isW(el, "t") && isW(run, "r")) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== TEXT_NODE) continue;
        const v = c.nodeValue ?? "";
        pieces.push({ run, textNode: c, start: text.length, end: text.length + v.length });
        text += v;
      }
    } else if (isW(el, "tab") && isW(run, "r")) {
      pieces.push({ run, textNode: null, start: text.length, end: text.length + 1 });
      text += "\t";
    }
    return true;
  });
  return { text, pieces };
}

/** Split `run` so that a new run starts at character `offset` of text node `textNode`; returns the new run. */
function splitRunAt(run: XElement, textNode: XNode, offset: number, spans: SpanRegistry): XElement {
  const t = textNode.parentNode as XElement;
  const value = textNode.nodeValue ?? "";
  const right = run.cloneNode(false) as XElement;
  const rPr = wChild(run, "rPr");
  if (rPr) right.appendChild(rPr.cloneNode(true));
  const t2 = t.cloneNode(false) as XElement;
  t2.appendChild(run.ownerDocument!.createTextNode(value.slice(offset)));
  textNode.nodeValue = value.slice(0, offset);
  (textNode as unknown as { data: string }).data = value.slice(0, offset);
  right.appendChild(t2);
  for (let n = t.nextSibling; n; n = t.nextSibling) right.appendChild(n);
  run.parentNode!.insertBefore(right, run.nextSibling);
  spans.runSplit(run, right);
  return right;
}

const isWordChar = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}_]/u.test(ch);

function findIn(text: string, needle: string, opts: SearchOptions): Array<[number, number]> {
  const hay = opts.matchCase ? text : text.toLocaleLowerCase("vi");
  const want = opts.matchCase ? needle : needle.toLocaleLowerCase("vi");
  const out: Array<[number, number]> = [];
  for (let i = hay.indexOf(want); i >= 0; i = hay.indexOf(want, i + Math.max(want.length, 1))) {
    const end = i + want.length;
    if (opts.matchWholeWord && (isWordChar(text[i - 1]) || isWordChar(text[end]))) continue;
    out.push([i, end]);
  }
  return out;
}

function siblingSpan(a: XElement, b: XElement): RangeTarget {
  const chainA: XNode[] = [];
  for (let n: XNode | null = a; n; n = n.parentNode) chainA.push(n);
  let childB: XNode = b;
  for (let n: XNode | null = b; n; n = n.parentNode) {
    const i = chainA.indexOf(n);
    if (i >= 0) {
      const parent = n as XElement;
      const first = i === 0 ? a : chainA[i - 1]!;
      return { kind: "span", parent, first, last: childB === n ? first : childB };
    }
    childB = n;
  }
  return { kind: "element", el: a };
}

export function searchIn(paragraphs: readonly XElement[], needle: string, opts: SearchOptions, spans: SpanRegistry): RangeTarget[] {
  if (needle.length === 0 || needle.length > 255) {
    throw new DocxError("InvalidArgument", "The search string must have 1 to 255 characters.");
  }
  if (opts.matchWildcards) throw new DocxError("NotImplemented", "Wildcard search is not supported by the headless host.");
  const results: RangeTarget[] = [];
  for (const p of paragraphs) {
    const { text } = piecesOf(p);
    const local: RangeTarget[] = [];
    // Later matches first, so splitting runs does not move the offsets of earlier ones.
    for (const [start, end] of findIn(text, needle, opts).reverse()) {
      let { pieces } = piecesOf(p);
      const endPiece = pieces.find((x) => x.start < end && x.end >= end)!;
      if (endPiece.textNode && end < endPiece.end) splitRunAt(endPiece.run, endPiece.textNode, end - endPiece.start, spans);
      pieces = piecesOf(p).pieces;
      const startPiece = pieces.find((x) => x.start <= start && x.end > start)!;
      let firstRun = startPiece.run;
      if (startPiece.textNode && start > startPiece.start) firstRun = splitRunAt(startPiece.run, startPiece.textNode, start - startPiece.start, spans);
      pieces = piecesOf(p).pieces;
      const lastRun = pieces.filter((x) => x.end <= end && x.start >= start).pop()?.run ?? firstRun;
      local.unshift(spans.register(firstRun.parentNode === lastRun.parentNode
        ? { kind: "span", parent: firstRun.parentNode as XElement, first: firstRun, last: lastRun }
        : siblingSpan(firstRun, lastRun)));
    }
    results.push(...local);
  }
  return results;
}
