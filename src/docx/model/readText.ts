/**
 * The text Word reports for a stretch of document. Choice (Word desktop's convention, documented here because
 * the API reference is silent): paragraphs are separated by "\r" (no trailing "\r"), `w:tab` reads "\t",
 * a line break `w:br`/`w:cr` reads "\v" (Word's vertical tab, U+000B), a page break reads "\f". Field codes,
 * deleted revisions and properties (pPr, rPr, sdtPr…) contribute nothing; field results do.
 */
import { NS } from "../xml/namespaces";
import { isElement, TEXT_NODE, type XElement, type XNode } from "../xml/xmlDom";

const SKIPPED = new Set([
  "pPr", "rPr", "sdtPr", "sdtEndPr", "tcPr", "trPr", "tblPr", "tblGrid", "tblPrEx", "sectPr",
  "instrText", "delText", "del", "fldChar", "moveFrom", "bookmarkStart", "bookmarkEnd",
]);

type TextState = { readonly out: string[]; paragraphs: number };

function visit(node: XNode, state: TextState): void {
  if (!isElement(node)) return;
  const el = node as XElement;
  if (el.namespaceURI !== NS.w) {
    // Drawings, VML and math are not text; markup-compatibility wrappers are (take the first choice).
    if (el.localName === "AlternateContent") {
      for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) return visit(c, state);
    }
    if (el.localName === "Choice" || el.localName === "Fallback") visitChildren(el, state);
    return;
  }
  const name = el.localName ?? "";
  if (SKIPPED.has(name)) return;
  switch (name) {
    case "p":
      if (state.paragraphs++ > 0) state.out.push("\r");
      visitChildren(el, state);
      return;
    case "t":
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) state.out.push(c.nodeValue ?? "");
      return;
    case "tab":
      state.out.push("\t");
      return;
    case "br": {
      const type = el.getAttributeNS(NS.w, "type");
      state.out.push(type === "page" || type === "column" ? "\f" : "\v");
      return;
    }
    case "cr":
      state.out.push("\v");
      return;
    case "noBreakHyphen":
      state.out.push("-");
      return;
    default:
      visitChildren(el, state);
  }
}

function visitChildren(el: XNode, state: TextState): void {
  for (let c = el.firstChild; c; c = c.nextSibling) visit(c, state);
}

/** Text of a sequence of sibling nodes (paragraphs among them separated by "\r"). */
export function textOfNodes(nodes: Iterable<XNode>): string {
  const state: TextState = { out: [], paragraphs: 0 };
  for (const n of nodes) visit(n, state);
  return state.out.join("");
}

/** Text inside an element (its own markers excluded: a paragraph's text has no "\r"). */
export function textInside(el: XNode): string {
  const state: TextState = { out: [], paragraphs: 0 };
  visitChildren(el, state);
  return state.out.join("");
}
