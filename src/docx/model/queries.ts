/**
 * Finding objects under or around a node: the paragraphs and tables a container holds (in document order, nested
 * ones included, as Word's `paragraphs` and `tables` collections do), and the control, table or cell around it.
 */
import { isW, walkElements, type XElement, type XNode } from "../xml/xmlDom";
import { isListedControl } from "./sdtType";
import { enclosingParagraph } from "./structure";

function collect(nodes: readonly XNode[], local: string): XElement[] {
  const out: XElement[] = [];
  for (const n of nodes) {
    if (isW(n, local)) out.push(n);
    walkElements(n, (el) => {
      if (isW(el, local)) out.push(el);
      return !(isW(el, "pPr") || isW(el, "rPr") || isW(el, "sdtPr") || isW(el, "sectPr"));
    });
  }
  return out;
}

export const paragraphsIn = (nodes: readonly XNode[]): XElement[] => collect(nodes, "p");
export const tablesIn = (nodes: readonly XNode[]): XElement[] => collect(nodes, "tbl");

/** Paragraphs a range touches: the ones inside it, or the one it lies in. */
export function paragraphsTouching(nodes: readonly XNode[], parent: XNode): XElement[] {
  const inside = paragraphsIn(nodes);
  if (inside.length > 0) return inside;
  const p = enclosingParagraph(parent);
  return p ? [p] : [];
}

function ancestor(node: XNode, pred: (el: XElement) => boolean): XElement | null {
  for (let n = node.parentNode; n; n = n.parentNode) if (pred(n as XElement)) return n as XElement;
  return null;
}

export const parentControl = (node: XNode): XElement | null => ancestor(node, (el) => isW(el, "sdt") && isListedControl(el));
export const parentTable = (node: XNode): XElement | null => ancestor(node, (el) => isW(el, "tbl"));
export const parentCell = (node: XNode): XElement | null => ancestor(node, (el) => isW(el, "tc"));
export const parentRow = (node: XNode): XElement | null => ancestor(node, (el) => isW(el, "tr"));
