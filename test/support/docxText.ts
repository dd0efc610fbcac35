import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** The controls whose text the add-in owns; everything else is the clerk's. */
const VALUE = /^bc:(fig|per|hdr):/;

export async function documentXml(bytes: Uint8Array): Promise<XmlDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("no word/document.xml");
  return new DOMParser().parseFromString(xml, "text/xml");
}

function tagOf(sdt: XmlElement): string {
  const pr = sdt.getElementsByTagNameNS(W, "sdtPr")[0];
  return pr?.getElementsByTagNameNS(W, "tag")[0]?.getAttributeNS(W, "val") ?? "";
}

function insideValueControl(node: XmlElement): boolean {
  for (let n = node.parentNode as XmlElement | null; n; n = n.parentNode as XmlElement | null) {
    if (n.localName === "sdt" && n.namespaceURI === W && VALUE.test(tagOf(n))) return true;
  }
  return false;
}

/**
 * Every character of the document that is not inside a figure, period or header control, paragraph by
 * paragraph: what a refresh or a roll-forward must never change.
 */
export async function textOutsideValueControls(bytes: Uint8Array): Promise<string[]> {
  const doc = await documentXml(bytes);
  return Array.from(doc.getElementsByTagNameNS(W, "p")).map((p) =>
    Array.from(p.getElementsByTagNameNS(W, "t"))
      .filter((t) => !insideValueControl(t))
      .map((t) => t.textContent ?? "")
      .join(""),
  );
}

/** The text of every value control, tag → texts in document order. */
export async function valueControlTexts(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const doc = await documentXml(bytes);
  const out = new Map<string, string[]>();
  for (const sdt of Array.from(doc.getElementsByTagNameNS(W, "sdt"))) {
    const tag = tagOf(sdt);
    if (!VALUE.test(tag)) continue;
    const content = sdt.getElementsByTagNameNS(W, "sdtContent")[0];
    const text = Array.from(content?.getElementsByTagNameNS(W, "t") ?? []).map((t) => t.textContent ?? "").join("");
    out.set(tag, [...(out.get(tag) ?? []), text]);
  }
  return out;
}

export type ProseEdit = { readonly paragraph: number; readonly atStart: boolean; readonly text: string };

/**
 * A clerk's typing: each edit adds a run of text at the start or the end of a paragraph that is not inside a
 * value control (a heading, a sentence, a table label). Edits address the paragraphs modulo their number.
 */
export async function editProse(bytes: Uint8Array, edits: readonly ProseEdit[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = await documentXml(bytes);
  const paragraphs = Array.from(doc.getElementsByTagNameNS(W, "p")).filter((p) => !insideValueControl(p));
  for (const edit of edits) {
    const p = paragraphs[edit.paragraph % paragraphs.length];
    if (!p) continue;
    const r = doc.createElementNS(W, "w:r");
    const t = doc.createElementNS(W, "w:t");
    t.setAttribute("xml:space", "preserve");
    t.appendChild(doc.createTextNode(edit.text));
    r.appendChild(t);
    const pPr = p.getElementsByTagNameNS(W, "pPr")[0];
    const first = pPr && pPr.parentNode === p ? pPr.nextSibling : p.firstChild;
    if (edit.atStart) p.insertBefore(r, first);
    else p.appendChild(r);
  }
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}
