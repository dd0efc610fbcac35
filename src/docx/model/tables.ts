/**
 * Tables as Word's API sees them: rows in order (looking through row-level controls), cells of a row in order
 * (a cell spanning columns with gridSpan counts once; a vMerge continuation cell is still a cell, with its own,
 * usually empty, text). Choice where the docs are silent about merged tables: `values` lists each row's physical
 * cells, so rows of a merged table can differ in length.
 */
import { DocxError } from "../api/DocxError";
import { isElement, isW, wChild, wEl, type XElement, type XNode } from "../xml/xmlDom";
import { assertEditable, assertRemovable } from "./locks";
import { textInside } from "./readText";
import { insertAt } from "./insertAt";
import { contentNodes } from "./structure";
import type { WordDocument } from "./WordDocument";

function collect(parent: XNode, local: string, out: XElement[]): XElement[] {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (isW(c, local)) out.push(c);
    else if (isW(c, "sdt")) {
      const content = wChild(c, "sdtContent");
      if (content) collect(content, local, out);
    } else if (isW(c, "customXml")) collect(c, local, out);
  }
  return out;
}

export const tableRows = (tbl: XElement): XElement[] => collect(tbl, "tr", []);
export const rowCells = (tr: XElement): XElement[] => collect(tr, "tc", []);
export const cellText = (tc: XElement): string => textInside(tc);
export const rowValues = (tr: XElement): string[] => rowCells(tr).map(cellText);
export const tableValues = (tbl: XElement): string[][] => tableRows(tbl).map(rowValues);

export function isHeaderRow(tr: XElement): boolean {
  const trPr = wChild(tr, "trPr");
  const h = trPr ? wChild(trPr, "tblHeader") : null;
  return !!h && h.getAttribute("w:val") !== "0" && h.getAttribute("w:val") !== "false";
}

export function headerRowCount(tbl: XElement): number {
  let n = 0;
  for (const tr of tableRows(tbl)) {
    if (!isHeaderRow(tr)) break;
    n++;
  }
  return n;
}

export function nestingLevel(tbl: XElement): number {
  let level = 0;
  for (let n: XNode | null = tbl; n; n = n.parentNode) if (isW(n, "tbl")) level++;
  return level;
}

export function isUniform(tbl: XElement): boolean {
  const rows = tableRows(tbl);
  const width = rows[0] ? rowCells(rows[0]).length : 0;
  return rows.every((tr) =>
    rowCells(tr).every((tc) => {
      const pr = wChild(tc, "tcPr");
      return !pr || (!wChild(pr, "gridSpan") && !wChild(pr, "vMerge"));
    }) && rowCells(tr).length === width,
  );
}

export function setCellText(doc: WordDocument, tc: XElement, text: string): void {
  insertAt(doc, { kind: "content", el: tc }, "Replace", { kind: "text", text });
}

/** A new row shaped like `template`: same cells and properties, empty text, no vertical merge, not a header. */
function blankRowLike(doc: WordDocument, template: XElement): XElement {
  const row = template.cloneNode(true) as XElement;
  const trPr = wChild(row, "trPr");
  const header = trPr ? wChild(trPr, "tblHeader") : null;
  if (trPr && header) trPr.removeChild(header);
  for (const tc of rowCells(row)) {
    const tcPr = wChild(tc, "tcPr");
    const vMerge = tcPr ? wChild(tcPr, "vMerge") : null;
    if (tcPr && vMerge) tcPr.removeChild(vMerge);
    const first = contentNodes(tc).find((n) => isW(n, "p")) as XElement | undefined;
    for (const n of contentNodes(tc)) tc.removeChild(n);
    const p = wEl(doc.dom, "p");
    const pPr = first ? wChild(first, "pPr") : null;
    if (pPr) p.appendChild(pPr);
    tc.appendChild(p);
  }
  doc.renumberControls(row);
  return row;
}

export function addRows(doc: WordDocument, tbl: XElement, args: { location: "Start" | "End"; count: number; values?: string[][] }): XElement[] {
  const rows = tableRows(tbl);
  const template = args.location === "Start" ? rows[0] : rows[rows.length - 1];
  if (!template) throw new DocxError("GeneralException", "The table has no row to copy.");
  return insertRows(doc, template, { location: args.location === "Start" ? "Before" : "After", count: args.count, ...(args.values ? { values: args.values } : {}) });
}

/** `TableRow.insertRows` (WordApi 1.3): rows shaped like `template` (no content), before or after it. */
export function insertRows(doc: WordDocument, template: XElement, args: { location: "Before" | "After"; count: number; values?: string[][] }): XElement[] {
  if (!Number.isInteger(args.count) || args.count < 1) throw new DocxError("InvalidArgument", "rowCount must be a positive integer.");
  assertEditable(template.parentNode as XElement);
  const added: XElement[] = [];
  const before = args.location === "Before" ? template : template.nextSibling;
  for (let i = 0; i < args.count; i++) {
    const row = blankRowLike(doc, template);
    template.parentNode!.insertBefore(row, before);
    added.push(row);
  }
  doc.noteChanged(added);
  added.forEach((row, r) => {
    const values = args.values?.[r];
    if (values) rowCells(row).forEach((tc, c) => values[c] !== undefined && setCellText(doc, tc, values[c]!));
  });
  return added;
}

export function deleteRows(doc: WordDocument, tbl: XElement, index: number, count = 1): void {
  assertEditable(tbl);
  const rows = tableRows(tbl);
  if (!Number.isInteger(index) || index < 0 || index >= rows.length || count < 1) {
    throw new DocxError("InvalidArgument", `There is no row ${index} to delete.`);
  }
  const doomed = rows.slice(index, index + count);
  assertRemovable(doomed);
  for (const tr of doomed) tr.parentNode!.removeChild(tr);
  doc.noteChanged(doomed);
  // A table without rows is not a table: Word removes it.
  if (tableRows(tbl).length === 0) tbl.parentNode?.removeChild(tbl);
}
