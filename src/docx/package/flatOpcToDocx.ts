/**
 * A Flat OPC package (what insertOoxml takes) zipped as a .docx (what insertFileFromBase64 takes), so the same
 * rendered report can go either way.
 */
import { readFlatOpc } from "../model/flatOpc";
import { serializeNode } from "../xml/xmlDom";
import { OpcPackage } from "./OpcPackage";
import { bytesToBase64 } from "./base64";

export async function flatOpcToDocx(ooxml: string): Promise<Uint8Array> {
  const flat = readFlatOpc(ooxml);
  const pkg = new OpcPackage();
  pkg.setRelationships("", flat.relationships(""));
  for (const part of flat.parts.values()) {
    if (part.name.endsWith(".rels")) continue;
    pkg.setPart(part.name, part.binary ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serializeNode(part.xml!)}`, part.contentType);
    pkg.setRelationships(part.name, flat.relationships(part.name));
  }
  return pkg.toZip();
}

/** The same, Base64-encoded (Word's insertFileFromBase64 argument). */
export async function flatOpcToBase64(ooxml: string): Promise<string> {
  return bytesToBase64(await flatOpcToDocx(ooxml));
}
