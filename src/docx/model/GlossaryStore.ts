/**
 * Placeholder texts of content controls. Word keeps them as building blocks in the glossary document
 * (`word/glossary/document.xml`), each a `w:docPart` named in the control's `w:placeholder/w:docPart`. The store
 * reads them at open and, only when a placeholder was set, writes the glossary back (adding or replacing the
 * named docParts, leaving the others as they were). Choice: the host does not display the placeholder in an
 * empty control (no `w:showingPlcHdr`); Word shows it from the glossary when the control is emptied by a user.
 */
import type { OpcPackage } from "../package/OpcPackage";
import { resolveTarget } from "../package/relationships";
import { CT, REL } from "../xml/namespaces";
import { elementChildren, isW, parseXml, serializeXml, wAttr, wChild, wEl, type XDocument, type XElement } from "../xml/xmlDom";
import { wordRootNamespaces } from "../package/blankParts";
import { textInside } from "./readText";
import { runsForLine } from "./textToRuns";
import { newGuid } from "./newGuid";

function docPartName(part: XElement): string | null {
  const pr = wChild(part, "docPartPr");
  return pr ? wAttr(wChild(pr, "name")) : null;
}

export class GlossaryStore {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private dom: XDocument | null = null;
  private partName: string | null = null;

  static load(pkg: OpcPackage, documentPart: string): GlossaryStore {
    const store = new GlossaryStore();
    const rel = pkg.relationships(documentPart).find((r) => r.type === REL.glossary);
    if (!rel) return store;
    store.partName = resolveTarget(documentPart, rel.target);
    const xml = pkg.text(store.partName);
    if (xml === undefined) return store;
    store.dom = parseXml(xml);
    const parts = wChild(store.dom.documentElement!, "docParts");
    for (const part of parts ? elementChildren(parts) : []) {
      const name = docPartName(part);
      const body = wChild(part, "docPartBody");
      if (name && body) store.texts.set(name, textInside(body));
    }
    return store;
  }

  get(name: string): string | undefined {
    return this.texts.get(name);
  }

  set(name: string, text: string): void {
    this.texts.set(name, text);
    this.changed.add(name);
  }

  private newDocPart(dom: XDocument, name: string, text: string): XElement {
    const part = wEl(dom, "docPart");
    const pr = wEl(dom, "docPartPr");
    pr.appendChild(wEl(dom, "name", name));
    const category = wEl(dom, "category");
    category.appendChild(wEl(dom, "name", "General"));
    category.appendChild(wEl(dom, "gallery", "placeholder"));
    pr.appendChild(category);
    const types = wEl(dom, "types");
    types.appendChild(wEl(dom, "type", "bbPlcHdr"));
    pr.appendChild(types);
    const behaviors = wEl(dom, "behaviors");
    behaviors.appendChild(wEl(dom, "behavior", "content"));
    pr.appendChild(behaviors);
    pr.appendChild(wEl(dom, "guid", newGuid()));
    part.appendChild(pr);
    const body = wEl(dom, "docPartBody");
    const p = wEl(dom, "p");
    for (const r of runsForLine(dom, text, null)) p.appendChild(r);
    body.appendChild(p);
    part.appendChild(body);
    return part;
  }

  writeTo(pkg: OpcPackage, documentPart: string): void {
    if (this.changed.size === 0) return;
    if (!this.dom || !this.partName) {
      this.dom = parseXml(`<w:glossaryDocument ${wordRootNamespaces()}><w:docParts/></w:glossaryDocument>`);
      this.partName = "word/glossary/document.xml";
      pkg.addRelationship(documentPart, REL.glossary, "glossary/document.xml");
    }
    const root = this.dom.documentElement!;
    let parts = wChild(root, "docParts");
    if (!parts) root.appendChild((parts = wEl(this.dom, "docParts")));
    for (const name of this.changed) {
      const fresh = this.newDocPart(this.dom, name, this.texts.get(name) ?? "");
      const old = [...elementChildren(parts)].find((p) => isW(p, "docPart") && docPartName(p) === name);
      if (old) parts.replaceChild(fresh, old);
      else parts.appendChild(fresh);
    }
    this.changed.clear();
    pkg.setPart(this.partName, serializeXml(this.dom), CT.glossary);
  }
}
