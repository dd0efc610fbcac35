/**
 * insertFileFromBase64: a .docx given as Base64, unzipped and inserted like OOXML. Body, Range and
 * ContentControl bring the content only; Document brings headers, footers and section properties too
 * ("copied by default", WordApi 1.5), custom XML parts and custom properties only when asked (WordApi 1.6
 * options; their defaults are not documented, so the headless Word does not import them unasked). Above 4 MB
 * the insert fails (the reference: "The maximum size of the document being inserted is 4 MB").
 */
import { DocxError } from "./DocxError";
import { checkLocation } from "./locations";
import { OpcPackage } from "../package/OpcPackage";
import { base64ToBytes } from "../package/base64";
import { flatFromPackage } from "../model/flatOpc";
import { importPackage } from "../model/importOoxml";
import { insertAt } from "../model/insertAt";
import { CustomXmlStore } from "../model/CustomXmlStore";
import { CustomPropertyStore } from "../model/CustomPropertyStore";
import type { InsertLocation } from "../model/RangeTarget";
import type { WordDocument } from "../model/WordDocument";
import { contentEnd } from "../model/structure";
import { isW, wEl, type XElement } from "../xml/xmlDom";

/** Word.InsertFileOptions, the members this host honours. */
export type InsertFileOptions = {
  readonly importStyles?: boolean;
  readonly importCustomXmlParts?: boolean;
  readonly importCustomProperties?: boolean;
  readonly [other: string]: unknown;
};

export const MAX_INSERT_FILE_BYTES = 4 * 1024 * 1024;

export type InsertFileArgs = {
  readonly base64File: unknown;
  readonly insertLocation: unknown;
  /** The container the file goes into (the body, a control, a header). */
  readonly target: XElement;
  /** Document.insertFileFromBase64: headers, footers and section properties come along. */
  readonly sections: boolean;
  readonly options: InsertFileOptions;
};

function decodeBase64(text: unknown): Uint8Array {
  if (typeof text !== "string" || !/^[A-Za-z0-9+/=\s]*$/.test(text)) throw new DocxError("InvalidArgument", "The file must be given as Base64.");
  return base64ToBytes(text);
}

/** A paragraph that ends a section with the given properties (a section break). */
function sectionBreak(doc: WordDocument, sectPr: XElement): XElement {
  const p = wEl(doc.dom, "p");
  const pPr = wEl(doc.dom, "pPr");
  pPr.appendChild(sectPr);
  p.appendChild(pPr);
  return p;
}

export async function insertDocxFile(doc: WordDocument, args: InsertFileArgs): Promise<void> {
  const location = checkLocation<InsertLocation>(args.insertLocation, ["Replace", "Start", "End"], "insertFileFromBase64");
  const bytes = decodeBase64(args.base64File);
  if (bytes.length > MAX_INSERT_FILE_BYTES) {
    throw new DocxError("GeneralException", "The document being inserted is larger than 4 MB.");
  }
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.fromZip(bytes);
  } catch (e) {
    throw new DocxError("GeneralException", `The file is not a .docx package: ${(e as Error).message}`);
  }
  const mainName = pkg.mainDocumentName()!;
  const customXml = args.sections && args.options.importCustomXmlParts === true ? CustomXmlStore.load(pkg, mainName).all() : [];
  const customProps = args.sections && args.options.importCustomProperties === true ? CustomPropertyStore.load(pkg).all() : [];
  const imported = importPackage(doc, flatFromPackage(pkg), { sections: args.sections });
  const blocks = [...imported.blocks];
  const body = args.target;
  if (imported.sectPr && isW(body, "body")) {
    const final = contentEnd(body).before;
    const current = final && isW(final, "sectPr") ? final : null;
    if (location === "Start") blocks.push(sectionBreak(doc, imported.sectPr));
    else {
      if (location === "End" && current) blocks.unshift(sectionBreak(doc, current.cloneNode(true) as XElement));
      if (current) body.replaceChild(imported.sectPr, current);
      else body.appendChild(imported.sectPr);
    }
  }
  insertAt(doc, { kind: "content", el: body }, location, { kind: "blocks", blocks });
  for (const part of customXml) doc.customXml.add(part.xml);
  for (const prop of customProps) doc.customProps.set(prop.key, prop.value);
}
