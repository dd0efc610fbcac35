/**
 * Turning API text into WordprocessingML. Choices where the docs are silent (Word's own behaviour, OfficeDev
 * office-js#4275): "\n", "\r\n" and "\r" start a new paragraph; "\v" (U+000B) is a line break `w:br`; "\t" is
 * `w:tab`; "\f" is a page break. Text is stored as DOM text, so `<`, `&` and quotes are escaped by the serializer
 * and never become markup. Characters XML 1.0 cannot carry (other C0 controls, lone surrogates) are rejected with
 * InvalidArgument rather than silently dropped. Unicode is kept as given: composed and decomposed Vietnamese
 * read back exactly as written.
 */
import { DocxError } from "../api/DocxError";
import { NS } from "../xml/namespaces";
import { wEl, type XDocument, type XElement } from "../xml/xmlDom";

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function assertInsertableText(text: unknown): asserts text is string {
  if (typeof text !== "string") throw new DocxError("InvalidArgument", "The text must be a string.");
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    throw new DocxError("InvalidArgument", `The text contains U+${code}, which a Word document cannot hold.`);
  }
}

/** The paragraphs of a text: one string per paragraph. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The runs of one paragraph's text (none for ""), each carrying a copy of `rPr` so the new text keeps the
 * formatting of the place it goes to.
 */
export function runsForLine(doc: XDocument, line: string, rPr: XElement | null): XElement[] {
  if (line === "") return [];
  const run = wEl(doc, "r");
  if (rPr) run.appendChild(rPr.cloneNode(true));
  let buf = "";
  const flush = (): void => {
    if (buf === "") return;
    const t = wEl(doc, "t");
    t.setAttributeNS(NS.xml, "xml:space", "preserve");
    t.appendChild(doc.createTextNode(buf));
    run.appendChild(t);
    buf = "";
  };
  for (const ch of line) {
    if (ch === "\t") {
      flush();
      run.appendChild(wEl(doc, "tab"));
    } else if (ch === "\v") {
      flush();
      run.appendChild(wEl(doc, "br"));
    } else if (ch === "\f") {
      flush();
      const br = wEl(doc, "br");
      br.setAttributeNS(NS.w, "w:type", "page");
      run.appendChild(br);
    } else buf += ch;
  }
  flush();
  return [run];
}
