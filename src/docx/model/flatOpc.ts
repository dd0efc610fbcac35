/**
 * Reading the OOXML that `insertOoxml` receives: a Flat OPC `pkg:package` (what Word's own getOoxml returns and
 * what Word accepts) or a bare `w:document`. Malformed or unrecognised input fails with GeneralException, as
 * Word's insertOoxml does.
 */
import { DocxError } from "../api/DocxError";
import { CT, NS, REL } from "../xml/namespaces";
import { elementChildren, isElement, parseXml, type XElement } from "../xml/xmlDom";
import { resolveTarget, type Relationship } from "../package/relationships";
import type { OpcPackage } from "../package/OpcPackage";
import { base64ToBytes } from "../package/base64";

export type FlatPart = {
  readonly name: string;
  readonly contentType: string;
  /** The part's root element (in the package's DOM), for XML parts. */
  readonly xml?: XElement;
  /** The part's bytes, for binary parts. */
  readonly binary?: Uint8Array;
};

export type FlatPackage = {
  readonly parts: ReadonlyMap<string, FlatPart>;
  readonly mainName: string;
  relationships(partName: string): Relationship[];
};

function relationshipsOf(root: XElement | undefined): Relationship[] {
  if (!root) return [];
  const out: Relationship[] = [];
  for (const el of elementChildren(root)) {
    if (el.localName !== "Relationship") continue;
    const mode = el.getAttribute("TargetMode");
    out.push({
      id: el.getAttribute("Id") ?? "",
      type: el.getAttribute("Type") ?? "",
      target: el.getAttribute("Target") ?? "",
      ...(mode === "External" ? { targetMode: "External" as const } : {}),
    });
  }
  return out;
}

export function readFlatOpc(ooxml: unknown): FlatPackage {
  if (typeof ooxml !== "string") throw new DocxError("InvalidArgument", "The OOXML must be a string.");
  let root: XElement;
  try {
    root = parseXml(ooxml).documentElement!;
  } catch (e) {
    throw new DocxError("GeneralException", `The OOXML is not well formed: ${(e as Error).message}`);
  }
  const parts = new Map<string, FlatPart>();
  if (root.namespaceURI === NS.w && root.localName === "document") {
    parts.set("word/document.xml", { name: "word/document.xml", contentType: CT.document, xml: root });
    return { parts, mainName: "word/document.xml", relationships: () => [] };
  }
  if (!(root.namespaceURI === NS.pkg && root.localName === "package")) {
    throw new DocxError("GeneralException", "The OOXML must be a pkg:package (Flat OPC) or a w:document.");
  }
  for (const partEl of elementChildren(root)) {
    if (partEl.localName !== "part" || partEl.namespaceURI !== NS.pkg) continue;
    const name = (partEl.getAttributeNS(NS.pkg, "name") ?? "").replace(/^\//, "");
    const contentType = partEl.getAttributeNS(NS.pkg, "contentType") ?? "";
    const data = [...elementChildren(partEl)][0];
    if (!data) continue;
    if (data.localName === "xmlData") {
      const xml = [...elementChildren(data)][0];
      if (xml) parts.set(name, { name, contentType, xml });
    } else if (data.localName === "binaryData") {
      parts.set(name, { name, contentType, binary: base64ToBytes(data.textContent ?? "") });
    }
  }
  const relsOf = (partName: string): Relationship[] => {
    const slash = partName.lastIndexOf("/");
    const relsName = partName === "" ? "_rels/.rels" : `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
    return relationshipsOf(parts.get(relsName)?.xml);
  };
  const officeRel = relsOf("").find((r) => r.type === REL.officeDocument);
  const mainName =
    (officeRel && resolveTarget("", officeRel.target)) ||
    [...parts.values()].find((p) => p.contentType === CT.document)?.name ||
    "word/document.xml";
  const main = parts.get(mainName)?.xml;
  if (!main || !isElement(main) || main.localName !== "document") {
    throw new DocxError("GeneralException", "The OOXML package has no /word/document.xml part with a w:document.");
  }
  return { parts, mainName, relationships: relsOf };
}

/** A .docx package seen as a read Flat OPC package (what insertFileFromBase64 receives, unzipped). */
export function flatFromPackage(pkg: OpcPackage): FlatPackage {
  const parts = new Map<string, FlatPart>();
  for (const name of pkg.partNames()) {
    const contentType = pkg.contentTypeOf(name) ?? "";
    if (/\.(xml|rels)$/i.test(name)) {
      const xml = parseXml(pkg.text(name) ?? "").documentElement;
      if (xml) parts.set(name, { name, contentType, xml });
    } else {
      parts.set(name, { name, contentType, binary: pkg.bytes(name) });
    }
  }
  const mainName = pkg.mainDocumentName() ?? "word/document.xml";
  return { parts, mainName, relationships: (partName) => pkg.relationships(partName) };
}
