/**
 * Thin helpers over @xmldom/xmldom. The host edits the parsed parts in place (never re-serializing on a command),
 * so these helpers walk sibling links rather than `childNodes`, which xmldom re-indexes on every middle insert.
 */
import type { Document as XDocument, Element as XElement, Node as XNode } from "@xmldom/xmldom";
import { NS } from "./namespaces";
import { serializeNode } from "./serialize";

export type { XDocument, XElement, XNode };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parse XML strictly (src/docx/xml/parseXml.ts): anything not well formed is rejected, like Word does. */
export { parseXml } from "./parseXml";

/** Serialize a document with the XML declaration Word writes (standalone="yes"). */
export function serializeXml(doc: XDocument | XElement): string {
  const body = serializeNode(doc as XNode).replace(/^<\?xml[^>]*\?>\s*/, "");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

/** Serialize a node as xmldom's XMLSerializer does (src/docx/xml/serialize.ts). */
export { serializeNode } from "./serialize";

export function isElement(node: XNode | null | undefined): node is XElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

declare const wBrand: unique symbol;
/** An element known to be `w:<something>`; branded so that a failed `isW` test does not narrow an XElement away. */
export type WElement = XElement & { readonly [wBrand]: true };

/** True when `node` is the element `w:<local>` (WordprocessingML main namespace). */
export function isW(node: XNode | null | undefined, local: string): node is WElement {
  return isElement(node) && node.localName === local && node.namespaceURI === NS.w;
}

/** Element children, in order, without building a NodeList. */
export function* elementChildren(parent: XNode): Generator<XElement> {
  for (let c = parent.firstChild; c; c = c.nextSibling) if (isElement(c)) yield c;
}

/** First child element `w:<local>`, or null. */
export function wChild(parent: XNode, local: string): XElement | null {
  for (let c = parent.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return null;
}

/** All child elements `w:<local>`. */
export function wChildren(parent: XNode, local: string): XElement[] {
  const out: XElement[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) if (isW(c, local)) out.push(c);
  return out;
}

/** `w:val` (or another `w:` attribute) of an element, or null. */
export function wAttr(el: XElement | null, name = "val"): string | null {
  if (!el) return null;
  return el.getAttributeNS(NS.w, name);
}

export function setWAttr(el: XElement, name: string, value: string): void {
  el.setAttributeNS(NS.w, `w:${name}`, value);
}

/** Create `w:<local>` in `doc`, optionally with a `w:val`. */
export function wEl(doc: XDocument, local: string, val?: string): XElement {
  const el = doc.createElementNS(NS.w, `w:${local}`);
  if (val !== undefined) setWAttr(el, "val", val);
  return el;
}

/** Depth-first pre-order walk of the elements under `root` (root excluded); `visit` returning false skips a subtree. */
export function walkElements(root: XNode, visit: (el: XElement) => boolean | void): void {
  let node: XNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (isElement(node)) descend = visit(node) !== false && !!node.firstChild;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/**
 * Moves `node` out of the document it was parsed in and into `doc`, without copying it: the node is detached
 * from its parent and every node of its subtree, attributes included, becomes `doc`'s. Only for content parsed
 * to be inserted and thrown away after (insertOoxml): xmldom's `importNode` copies node by node, enumerating
 * every property of each, and that copy was the slowest step of inserting a report.
 */
export function adoptNode<T extends XNode>(doc: XDocument, node: T): T {
  node.parentNode?.removeChild(node);
  const own = (n: XNode): void => {
    (n as { ownerDocument: XDocument }).ownerDocument = doc;
  };
  own(node);
  const adoptAttributes = (el: XElement): void => {
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i);
      if (a) own(a);
    }
  };
  if (isElement(node)) adoptAttributes(node);
  let n: XNode | null = node.firstChild;
  while (n) {
    own(n);
    if (isElement(n)) adoptAttributes(n);
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== node && !n.nextSibling) n = n.parentNode;
    if (!n || n === node) break;
    n = n.nextSibling;
  }
  return node;
}

/** The nearest ancestor (or self) satisfying `pred`, stopping at `stop`. */
export function closest(node: XNode | null, pred: (el: XElement) => boolean, stop?: XNode): XElement | null {
  for (let n = node; n && n !== stop; n = n.parentNode) if (isElement(n) && pred(n)) return n;
  return null;
}

/** True when `node` is `ancestor` or lies inside it. */
export function isInside(node: XNode | null, ancestor: XNode): boolean {
  for (let n = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}
