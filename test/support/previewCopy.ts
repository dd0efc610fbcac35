/**
 * A preview copy of a .docx for LibreOffice: LO 7.4 drops run formatting (bold, italic, size) inside block-level
 * `w:sdt` (tooling-notes §6), so the block controls are unwrapped — their content kept in place — before a
 * conversion. Inline controls render fine and are kept. Only for looking at a document, never for the add-in.
 */
import JSZip from "jszip";
import { DOMParser, XMLSerializer, type Element as XElement, type Node as XNode } from "@xmldom/xmldom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Block-level controls: those whose parent is not a paragraph (body, cell, another block control's content). */
function blockSdts(root: XElement): XElement[] {
  const found: XElement[] = [];
  const all = root.getElementsByTagNameNS(W, "sdt");
  for (let i = 0; i < all.length; i++) {
    const sdt = all.item(i);
    const parent = sdt?.parentNode as XElement | null;
    if (sdt && parent && !(parent.namespaceURI === W && parent.localName === "p")) found.push(sdt);
  }
  return found;
}

function unwrap(sdt: XElement): void {
  const parent = sdt.parentNode;
  if (!parent) return;
  const content = sdt.getElementsByTagNameNS(W, "sdtContent").item(0);
  const moved: XNode[] = [];
  for (let c = content?.firstChild ?? null; c; c = c.nextSibling) moved.push(c);
  for (const node of moved) parent.insertBefore(node, sdt);
  parent.removeChild(sdt);
}

/** The document XML with every block-level `w:sdt` replaced by its content. */
export function unwrapBlockSdtsXml(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("empty document part");
  for (let list = blockSdts(root); list.length > 0; list = blockSdts(root)) {
    for (const sdt of list) unwrap(sdt);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** A .docx whose main document part has no block-level controls left. */
export async function previewCopy(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("no word/document.xml in the package");
  zip.file("word/document.xml", unwrapBlockSdtsXml(await part.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
