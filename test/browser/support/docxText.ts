import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The text inside every content control of a .docx's body, by tag (the text of each occurrence). */
export async function controlTexts(bytes: Uint8Array): Promise<ReadonlyMap<string, readonly string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  const out = new Map<string, string[]>();
  const sdts = dom.getElementsByTagNameNS(W, "sdt");
  for (let i = 0; i < sdts.length; i++) {
    const sdt = sdts.item(i)!;
    const tag = sdt.getElementsByTagNameNS(W, "tag").item(0)?.getAttributeNS(W, "val");
    const content = sdt.getElementsByTagNameNS(W, "sdtContent").item(0);
    if (!tag || !content) continue;
    const texts = content.getElementsByTagNameNS(W, "t");
    let text = "";
    for (let k = 0; k < texts.length; k++) text += texts.item(k)!.textContent ?? "";
    out.set(tag, [...(out.get(tag) ?? []), text]);
  }
  return out;
}
