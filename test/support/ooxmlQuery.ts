/**
 * Reading the renderer's Flat OPC in tests: the parts of the package, and the content controls of the document
 * part with their tag, title, lock, text and the chain of block controls around them.
 */
import { DOMParser, type Document as XDocument, type Element as XElement } from "@xmldom/xmldom";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

/** Parses XML and fails the test on any parser warning or error (malformed markup must not pass). */
export function parseXml(xml: string): XDocument {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (problems.length > 0) throw new Error(`XML not well formed: ${problems.join("; ")}`);
  return doc;
}

/** The root element of every part of a Flat OPC package, by part name. */
export function packageParts(flatOpc: string): Map<string, XElement> {
  const doc = parseXml(flatOpc);
  const parts = new Map<string, XElement>();
  const list = doc.getElementsByTagNameNS(PKG, "part");
  for (let i = 0; i < list.length; i++) {
    const part = list.item(i);
    if (!part) continue;
    const data = part.getElementsByTagNameNS(PKG, "xmlData").item(0);
    let root: XElement | null = null;
    for (let c = data?.firstChild ?? null; c; c = c.nextSibling) if (c.nodeType === 1) root = c as XElement;
    if (root) parts.set(part.getAttributeNS(PKG, "name") ?? "", root);
  }
  return parts;
}

/** The `w:document` of a Flat OPC package. */
export function documentPart(flatOpc: string): XElement {
  const root = packageParts(flatOpc).get("/word/document.xml");
  if (!root) throw new Error("no /word/document.xml part");
  return root;
}

export const wElements = (root: XElement, name: string): XElement[] => {
  const list = root.getElementsByTagNameNS(W, name);
  const out: XElement[] = [];
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
};

export const wChildren = (el: XElement, name?: string): XElement[] => {
  const out: XElement[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as XElement).namespaceURI === W && (name === undefined || (c as XElement).localName === name)) out.push(c as XElement);
  }
  return out;
};

export const wChild = (el: XElement, name: string): XElement | undefined => wChildren(el, name)[0];

export const wVal = (el: XElement | undefined, attribute = "val"): string | undefined =>
  el?.getAttributeNS(W, attribute) ?? undefined;

/** The text of runs under an element: `w:t` joined, tabs and breaks as characters. */
export function textOf(el: XElement): string {
  let out = "";
  const walk = (node: XElement): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const child = c as XElement;
      if (child.namespaceURI === W && child.localName === "t") out += child.textContent ?? "";
      else if (child.namespaceURI === W && child.localName === "tab") out += "\t";
      else if (child.namespaceURI === W && child.localName === "br") out += "\n";
      else if (child.namespaceURI === W && child.localName === "p" && out !== "" && !out.endsWith("\n")) {
        walk(child);
        out += "\n";
      } else walk(child);
    }
  };
  walk(el);
  return out.replace(/\n$/, "");
}

export type FoundControl = {
  readonly element: XElement;
  readonly tag: string;
  readonly title: string | undefined;
  readonly id: string | undefined;
  readonly locked: boolean;
  readonly block: boolean;
  readonly text: string;
  /** Tags of the block controls around it, outermost first. */
  readonly ancestors: readonly string[];
};

/** Every content control of the document part, in document order. */
export function contentControls(root: XElement): FoundControl[] {
  return wElements(root, "sdt").map((sdt) => {
    const pr = wChild(sdt, "sdtPr");
    const content = wChild(sdt, "sdtContent");
    const ancestors: string[] = [];
    for (let p = sdt.parentNode as XElement | null; p; p = p.parentNode as XElement | null) {
      if (p.namespaceURI === W && p.localName === "sdt") {
        const tag = wVal(wChild(wChild(p, "sdtPr") as XElement, "tag"));
        if (tag) ancestors.unshift(tag);
      }
    }
    const parent = sdt.parentNode as XElement | null;
    return {
      element: sdt,
      tag: (pr && wVal(wChild(pr, "tag"))) ?? "",
      title: pr ? wVal(wChild(pr, "alias")) : undefined,
      id: pr ? wVal(wChild(pr, "id")) : undefined,
      locked: pr ? wVal(wChild(pr, "lock")) === "contentLocked" : false,
      block: !(parent?.namespaceURI === W && parent.localName === "p"),
      text: content ? textOf(content) : "",
      ancestors,
    };
  });
}

/** One header cell as drawn: its text, how many grid columns it spans, and its vertical merge. */
export type HeaderCellShape = { readonly text: string; readonly span: number; readonly vMerge?: "restart" | "continue" };

/** The rows of a table marked to repeat as header (`w:tblHeader`), cell by cell. */
export function headerRows(tbl: XElement): HeaderCellShape[][] {
  return wChildren(tbl, "tr")
    .filter((tr) => {
      const trPr = wChild(tr, "trPr");
      return !!trPr && !!wChild(trPr, "tblHeader");
    })
    .map((tr) =>
      wChildren(tr, "tc").map((tc) => {
        const tcPr = wChild(tc, "tcPr");
        const span = Number(wVal(tcPr && wChild(tcPr, "gridSpan")) ?? "1");
        const merge = tcPr && wChild(tcPr, "vMerge");
        const vMerge = merge ? (wVal(merge) === "restart" ? "restart" : "continue") : undefined;
        return { text: textOf(tc), span, ...(vMerge ? { vMerge } : {}) };
      }),
    );
}

/** Elements of any namespace by local name (relationship parts have no `w:` prefix). */
export function elementsNamed(root: XElement | undefined, local: string): XElement[] {
  const out: XElement[] = [];
  const list = root?.getElementsByTagName(local);
  for (let i = 0; list && i < list.length; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
}

/** The paragraph style, alignment and run properties of a paragraph, for layout checks. */
export function paragraphLook(p: XElement): { style?: string; align?: string; runs: { text: string; bold: boolean; italic: boolean; size?: string }[] } {
  const pPr = wChild(p, "pPr");
  const style = pPr ? wVal(wChild(pPr, "pStyle")) : undefined;
  const align = pPr ? wVal(wChild(pPr, "jc")) : undefined;
  const runs = wElements(p, "r").map((r) => {
    const rPr = wChild(r, "rPr");
    const on = (name: string) => {
      const el = rPr && wChild(rPr, name);
      return !!el && wVal(el) !== "0" && wVal(el) !== "false";
    };
    const size = rPr ? wVal(wChild(rPr, "sz")) : undefined;
    return { text: wElements(r, "t").map((t) => t.textContent ?? "").join(""), bold: on("b"), italic: on("i"), ...(size ? { size } : {}) };
  });
  return { ...(style ? { style } : {}), ...(align ? { align } : {}), runs };
}
