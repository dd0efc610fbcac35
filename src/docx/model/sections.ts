/**
 * Sections as Word's section API sees them: one per `w:sectPr` (paragraph-level ones end a section, the body's
 * final one ends the last), each with up to three headers and footers ("Primary" = `default`, "FirstPage" =
 * `first`, "EvenPages" = `even`) and its page setup. `Section.getHeader` always gives a body to write into:
 * when the section has no header of that type, an empty one is created, as Word does when a header is edited.
 */
import { resolveTarget } from "../package/relationships";
import { CT, NS, REL } from "../xml/namespaces";
import { isW, parseXml, walkElements, wChild, wEl, setWAttr, wAttr, type XElement } from "../xml/xmlDom";
import { wordRootNamespaces } from "../package/blankParts";
import type { WordDocument } from "./WordDocument";

export type HeaderFooterType = "Primary" | "FirstPage" | "EvenPages";
const OOXML_TYPE: Readonly<Record<HeaderFooterType, string>> = { Primary: "default", FirstPage: "first", EvenPages: "even" };

/** Every `w:sectPr` of the body, in document order (the final one last). */
export function sectionsOf(doc: WordDocument): XElement[] {
  const found: XElement[] = [];
  walkElements(doc.body, (el) => {
    if (isW(el, "sectPr") && (isW(el.parentNode, "pPr") || isW(el.parentNode, "body"))) found.push(el);
    return isW(el, "tbl") ? false : undefined;
  });
  const last = found.findIndex((s) => isW(s.parentNode, "body"));
  if (last > 0) found.push(...found.splice(last, 1));
  if (found.length === 0) {
    const sectPr = wEl(doc.dom, "sectPr");
    doc.body.appendChild(sectPr);
    found.push(sectPr);
  }
  return found;
}

/** The `w:hdr`/`w:ftr` root of a section's header or footer of `type`, created empty when missing. */
export function headerFooterOf(doc: WordDocument, sectPr: XElement, kind: "header" | "footer", type: HeaderFooterType): XElement {
  const refName = kind === "header" ? "headerReference" : "footerReference";
  const ooxmlType = OOXML_TYPE[type];
  for (let c = sectPr.firstChild; c; c = c.nextSibling) {
    if (!isW(c, refName) || (wAttr(c, "type") ?? "default") !== ooxmlType) continue;
    const rel = doc.pkg.relationships(doc.partName).find((r) => r.id === c.getAttributeNS(NS.r, "id"));
    const dom = rel && doc.headerParts.get(resolveTarget(doc.partName, rel.target));
    if (dom?.documentElement) return dom.documentElement;
  }
  const name = doc.pkg.freePartName(`word/${kind}`, ".xml");
  const root = kind === "header" ? "hdr" : "ftr";
  const dom = parseXml(`<w:${root} ${wordRootNamespaces()}><w:p/></w:${root}>`);
  doc.pkg.setPart(name, "", kind === "header" ? CT.header : CT.footer);
  doc.headerParts.set(name, dom);
  const id = doc.pkg.addRelationship(doc.partName, kind === "header" ? REL.header : REL.footer, name.slice("word/".length));
  const ref = wEl(doc.dom, refName);
  setWAttr(ref, "type", ooxmlType);
  ref.setAttributeNS(NS.r, "r:id", id);
  // References come first in a sectPr (CT_SectPr's sequence), headers before footers.
  let before = sectPr.firstChild;
  while (before && (isW(before, "headerReference") || (kind === "footer" && isW(before, "footerReference")))) before = before.nextSibling;
  sectPr.insertBefore(ref, before);
  doc.ccIndex.invalidate();
  return dom.documentElement!;
}

/** A child of `sectPr` in CT_SectPr's order, created when missing. */
export function sectPrChild(sectPr: XElement, local: string): XElement {
  const existing = wChild(sectPr, local);
  if (existing) return existing;
  const order = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
    "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
    "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"];
  const rank = order.indexOf(local);
  const el = wEl(sectPr.ownerDocument!, local);
  let before = sectPr.firstChild;
  while (before && order.indexOf(before.localName ?? "") <= rank) before = before.nextSibling;
  sectPr.insertBefore(el, before);
  return el;
}
