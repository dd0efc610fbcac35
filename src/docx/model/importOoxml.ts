/**
 * Bringing inserted OOXML into the document: body blocks (imported into the document's DOM, controls given
 * fresh ids), styles and numbering merged into the document's parts, and the parts the content points at —
 * images, hyperlinks — copied under new names with new relationship ids.
 *
 * Headers, footers and section properties come along only when the caller asks (`sections: true`, which only
 * `Document.insertFileFromBase64` does): Word's insertOoxml and Body/Range insertFileFromBase64 never bring them
 * ("It's by design that the Body.insertFileFromBase64 method excludes any header or footer…", Word add-ins
 * troubleshooting; office-js#2623 for insertOoxml). Without it the final `w:sectPr` is dropped and the
 * header/footer references and title-page flag of inner section breaks are removed (office-js#3450).
 */
import { DocxError } from "../api/DocxError";
import { CT, NS, REL } from "../xml/namespaces";
import { adoptNode, isElement, isW, parseXml, serializeNode, walkElements, wChild, type XElement } from "../xml/xmlDom";
import { resolveTarget } from "../package/relationships";
import { readFlatOpc, type FlatPackage } from "./flatOpc";
import { mergeNumbering } from "./mergeNumbering";
import { mergeStyles } from "./mergeStyles";
import { declareWordPrefixes, type WordDocument } from "./WordDocument";

export type ImportedContent = { readonly blocks: XElement[]; readonly sectPr: XElement | null };

export type ImportOptions = {
  /** Bring headers, footers and the final section properties (Document.insertFileFromBase64 only). */
  readonly sections: boolean;
};

/** What a section loses when its properties travel without the headers (insertOoxml): Word keeps none of these. */
const SECTION_ONLY = new Set(["headerReference", "footerReference", "titlePg"]);

function stripSectionOnly(el: XElement): void {
  const doomed: XElement[] = [];
  walkElements(el, (c) => {
    if (c.namespaceURI === NS.w && SECTION_ONLY.has(c.localName ?? "") && isW(c.parentNode, "sectPr")) doomed.push(c);
  });
  for (const c of doomed) c.parentNode?.removeChild(c);
}

function rewriteRelIds(root: XElement, map: ReadonlyMap<string, string>): void {
  const fix = (el: XElement): void => {
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i);
      if (a && a.namespaceURI === NS.r) {
        const mapped = map.get(a.value);
        if (mapped) a.value = mapped;
      }
    }
  };
  fix(root);
  walkElements(root, (el) => void fix(el));
}

function relativeTarget(fromPart: string, toPart: string): string {
  const dir = fromPart.slice(0, fromPart.lastIndexOf("/") + 1);
  return toPart.startsWith(dir) && !toPart.slice(dir.length).includes("/") ? toPart.slice(dir.length) : `/${toPart}`;
}

/** Copy the parts `sourcePart` relates to; returns old relationship id → new id. */
type Source = { readonly flat: FlatPackage; readonly options: ImportOptions };

function importRelationships(doc: WordDocument, { flat, options }: Source, sourcePart: string, targetPart: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const rel of flat.relationships(sourcePart)) {
    if ((rel.type === REL.header || rel.type === REL.footer) && !options.sections) continue;
    if (rel.targetMode === "External") {
      map.set(rel.id, doc.pkg.addRelationship(targetPart, rel.type, rel.target, true));
      continue;
    }
    const part = flat.parts.get(resolveTarget(sourcePart, rel.target));
    if (!part) continue;
    if ((rel.type === REL.header || rel.type === REL.footer) && part.xml) {
      const kind = rel.type === REL.header ? "header" : "footer";
      const name = doc.pkg.freePartName(`word/${kind}`, ".xml");
      const dom = parseXml(serializeNode(part.xml));
      declareWordPrefixes(dom.documentElement!);
      doc.pkg.setPart(name, "", kind === "header" ? CT.header : CT.footer);
      const inner = importRelationships(doc, { flat, options }, part.name, name);
      rewriteRelIds(dom.documentElement!, inner);
      doc.renumberControls(dom.documentElement!);
      doc.headerParts.set(name, dom);
      doc.ccIndex.invalidate();
      map.set(rel.id, doc.pkg.addRelationship(targetPart, rel.type, relativeTarget(targetPart, name)));
    } else if (part.binary) {
      const ext = part.name.slice(part.name.lastIndexOf(".") + 1).toLowerCase();
      const name = doc.pkg.freePartName("word/media/image", `.${ext}`);
      doc.pkg.ensureDefaultContentType(ext, part.contentType);
      doc.pkg.setPart(name, part.binary);
      map.set(rel.id, doc.pkg.addRelationship(targetPart, rel.type, relativeTarget(targetPart, name)));
    }
  }
  return map;
}

export function importOoxml(doc: WordDocument, ooxml: unknown, options: ImportOptions = { sections: false }): ImportedContent {
  return importPackage(doc, readFlatOpc(ooxml), options);
}

/** The same for a package already read (a .docx given to insertFileFromBase64). */
export function importPackage(doc: WordDocument, flat: FlatPackage, options: ImportOptions): ImportedContent {
  const main = flat.parts.get(flat.mainName)!.xml!;
  const body = wChild(main, "body");
  if (!body) throw new DocxError("GeneralException", "The OOXML document has no w:body.");
  const mainRels = flat.relationships(flat.mainName);
  const partOf = (type: string, fallback: string): XElement | undefined => {
    const rel = mainRels.find((r) => r.type === type);
    return flat.parts.get(rel ? resolveTarget(flat.mainName, rel.target) : fallback)?.xml;
  };
  const numbering = partOf(REL.numbering, "word/numbering.xml");
  const remapNumIds = numbering ? mergeNumbering(doc.numbering, numbering) : () => undefined;
  const styles = partOf(REL.styles, "word/styles.xml");
  if (styles) mergeStyles(doc.styles, styles, remapNumIds);
  const relMap = importRelationships(doc, { flat, options }, flat.mainName, doc.partName);
  const blocks: XElement[] = [];
  let sectPr: XElement | null = null;
  // The parsed package is this call's alone: its body's children move into the document rather than being copied.
  for (let c = body.firstChild, next = c?.nextSibling ?? null; c; c = next, next = c?.nextSibling ?? null) {
    if (!isElement(c)) continue;
    const copy = adoptNode(doc.dom, c);
    remapNumIds(copy);
    rewriteRelIds(copy, relMap);
    if (isW(copy, "sectPr")) {
      if (options.sections) sectPr = copy;
      continue;
    }
    if (!options.sections) stripSectionOnly(copy);
    doc.renumberControls(copy);
    blocks.push(copy);
  }
  return { blocks, sectPr };
}
