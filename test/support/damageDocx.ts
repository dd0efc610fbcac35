import JSZip from "jszip";

/** Where the content control tagged `tag` starts and ends in document.xml (the nth one, from 0). */
export function sdtRange(xml: string, tag: string, nth = 0): { start: number; end: number; contentStart: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = xml.indexOf(`<w:tag w:val="${tag}"/>`, at + 1);
    if (at === -1) throw new Error(`no control ${tag} #${nth}`);
  }
  const start = xml.lastIndexOf("<w:sdt>", at);
  const contentStart = xml.indexOf("<w:sdtContent>", at) + "<w:sdtContent>".length;
  let depth = 1;
  let i = contentStart;
  while (depth > 0) {
    const nextOpen = xml.indexOf("<w:sdt>", i);
    const nextClose = xml.indexOf("</w:sdt>", i);
    if (nextOpen !== -1 && nextOpen < nextClose) {
      depth += 1;
      i = nextOpen + "<w:sdt>".length;
    } else {
      depth -= 1;
      i = nextClose + "</w:sdt>".length;
    }
  }
  return { start, end: i, contentStart };
}

/** The control deleted as a clerk deletes it in Word ("Remove content control"): its content stays. */
export function unwrapControl(xml: string, tag: string): string {
  const { start, end, contentStart } = sdtRange(xml, tag);
  return xml.slice(0, start) + xml.slice(contentStart, end - "</w:sdtContent></w:sdt>".length) + xml.slice(end);
}

/** The control copied and pasted right after itself, as a clerk copies a table or a section. */
export function duplicateControl(xml: string, tag: string): string {
  const { start, end } = sdtRange(xml, tag);
  return xml.slice(0, end) + xml.slice(start, end) + xml.slice(end);
}

/** A package with one of its parts rewritten. */
export async function withPart(
  docx: Uint8Array,
  part: string,
  change: (xml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  zip.file(part, change(await file.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Every part of a package by name, as text: two saves of one document compare equal (zip dates aside). */
export async function partTexts(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out[name] = await file.async("string");
  return out;
}
