/**
 * Custom XML parts (`customXml/item#.xml` + `itemProps#.xml` holding the GUID Word calls the part's id). The store
 * owns them between open and save; save() renumbers them item1..itemN and relates each from the document part,
 * which is where Word puts them.
 */
import { DocxError } from "../api/DocxError";
import type { OpcPackage } from "../package/OpcPackage";
import { resolveTarget } from "../package/relationships";
import { CT, NS, REL } from "../xml/namespaces";
import { parseXml, serializeNode, type XDocument } from "../xml/xmlDom";
import { newGuid } from "./newGuid";

/**
 * One part: its GUID and its XML. Element edits (insertElement, updateElement, deleteElement) work on the part
 * parsed once and serialised when the text is next read, so a batch of edits to a large part costs one parse;
 * the root's namespace is kept beside the text, so finding the part by namespace parses nothing.
 */
export class CustomXmlPartData {
  #xml: string;
  #namespace: string;
  #doc: XDocument | undefined;
  #edited = false;

  constructor(
    readonly id: string,
    xml: string,
  ) {
    this.#xml = xml;
    this.#namespace = namespaceOfXml(xml);
  }

  get xml(): string {
    if (this.#edited && this.#doc) {
      this.#xml = serializeNode(this.#doc);
      this.#edited = false;
    }
    return this.#xml;
  }

  set xml(xml: string) {
    this.#xml = xml;
    this.#namespace = namespaceOfXml(xml);
    this.#doc = undefined;
    this.#edited = false;
  }

  get namespace(): string {
    return this.#namespace;
  }

  /** Runs `change` on the parsed part; the root element stays (its namespace with it). */
  edit(change: (doc: XDocument) => void): void {
    this.#doc ??= parseXml(this.#xml);
    change(this.#doc);
    this.#edited = true;
  }
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Namespace of the root element ("" when it has none, as Word reports it). */
export function namespaceOfXml(xml: string): string {
  try {
    return parseXml(xml).documentElement?.namespaceURI ?? "";
  } catch {
    return "";
  }
}

export function assertWellFormed(xml: unknown): asserts xml is string {
  if (typeof xml !== "string") throw new DocxError("InvalidArgument", "The XML must be a string.");
  try {
    parseXml(xml);
  } catch (e) {
    throw new DocxError("InvalidArgument", `The XML is not well formed: ${(e as Error).message}`);
  }
}

export class CustomXmlStore {
  private readonly parts: CustomXmlPartData[] = [];

  static load(pkg: OpcPackage, documentPart: string): CustomXmlStore {
    const store = new CustomXmlStore();
    for (const source of ["", documentPart]) {
      const rels = pkg.relationships(source);
      const kept = rels.filter((r) => r.type !== REL.customXml);
      for (const rel of rels.filter((r) => r.type === REL.customXml)) {
        const item = resolveTarget(source, rel.target);
        const xml = pkg.text(item);
        if (xml === undefined) continue;
        const propsRel = pkg.relationships(item).find((r) => r.type === REL.customXmlProps);
        const propsName = propsRel ? resolveTarget(item, propsRel.target) : undefined;
        const propsXml = propsName ? pkg.text(propsName) : undefined;
        const id = propsXml ? /itemID="([^"]+)"/.exec(propsXml)?.[1] : undefined;
        store.parts.push(new CustomXmlPartData((id ?? newGuid()).toUpperCase(), xml));
        pkg.deletePart(item);
        if (propsName) pkg.deletePart(propsName);
      }
      pkg.setRelationships(source, kept);
    }
    return store;
  }

  all(): readonly CustomXmlPartData[] {
    return this.parts;
  }

  add(xml: string): CustomXmlPartData {
    assertWellFormed(xml);
    const part = new CustomXmlPartData(newGuid(), xml);
    this.parts.push(part);
    return part;
  }

  get(id: string): CustomXmlPartData | null {
    const want = id.toUpperCase().replace(/^\{?/, "{").replace(/\}?$/, "}");
    return this.parts.find((p) => p.id === want) ?? null;
  }

  byNamespace(ns: string): CustomXmlPartData[] {
    return this.parts.filter((p) => p.namespace === ns);
  }

  isLive(part: CustomXmlPartData): boolean {
    return this.parts.includes(part);
  }

  delete(part: CustomXmlPartData): void {
    const i = this.parts.indexOf(part);
    if (i >= 0) this.parts.splice(i, 1);
  }

  writeTo(pkg: OpcPackage, documentPart: string): void {
    const docRels = pkg.relationships(documentPart).filter((r) => r.type !== REL.customXml);
    pkg.setRelationships(documentPart, docRels);
    // The store owns everything under customXml/ since load: clear what an earlier save wrote.
    for (const name of pkg.partNames()) if (name.startsWith("customXml/")) pkg.deletePart(name);
    this.parts.forEach((part, i) => {
      const item = `customXml/item${i + 1}.xml`;
      const props = `customXml/itemProps${i + 1}.xml`;
      const ns = part.namespace;
      pkg.setPart(item, part.xml);
      pkg.setPart(
        props,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${escapeAttr(part.id)}" ` +
          `xmlns:ds="${NS.ds}"><ds:schemaRefs>${ns ? `<ds:schemaRef ds:uri="${escapeAttr(ns)}"/>` : ""}</ds:schemaRefs></ds:datastoreItem>`,
        CT.customXmlProps,
      );
      pkg.setRelationships(item, [{ id: "rId1", type: REL.customXmlProps, target: `itemProps${i + 1}.xml` }]);
      pkg.addRelationship(documentPart, REL.customXml, `../${item}`);
    });
  }
}
