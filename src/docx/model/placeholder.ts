/**
 * An emptied control shows placeholder text, as Word does: the control is marked `w:showingPlcHdr` and its
 * content becomes the placeholder — the control's own (glossary) text on desktop, Word's default otherwise;
 * Word on the web shows its default even when a custom one was set (office-js#1515). Reading `.text` then gives
 * the placeholder, not "" (undocumented; the strict reading). The first write into the control replaces the
 * placeholder and clears the mark.
 */
import { isShowingPlaceholder, placeholderDocPart, sdtContent, setShowingPlaceholder } from "./sdtProperties";
import { sdtLevel } from "./sdtType";
import { rangeText } from "./RangeTarget";
import { isElement, wEl, type XElement } from "../xml/xmlDom";
import { isPropertyChild } from "./structure";
import type { WordDocument } from "./WordDocument";
import { NS } from "../xml/namespaces";

export const DEFAULT_PLACEHOLDER = { desktop: "Click or tap here to enter text.", web: "Click here to enter text." } as const;

function placeholderRun(doc: WordDocument, text: string): XElement {
  const r = wEl(doc.dom, "r");
  const rPr = wEl(doc.dom, "rPr");
  rPr.appendChild(wEl(doc.dom, "rStyle", "PlaceholderText"));
  r.appendChild(rPr);
  const t = wEl(doc.dom, "t");
  t.setAttributeNS(NS.xml, "xml:space", "preserve");
  t.appendChild(doc.dom.createTextNode(text));
  r.appendChild(t);
  return r;
}

/** After a write: a control left without text shows its placeholder. */
export function showPlaceholderIfEmpty(doc: WordDocument, sdt: XElement, platform: "desktop" | "web"): void {
  if (isShowingPlaceholder(sdt) || rangeText({ kind: "content", el: sdt }) !== "") return;
  const custom = platform === "desktop" ? doc.placeholders.get(placeholderDocPart(sdt) ?? "") : undefined;
  const run = placeholderRun(doc, custom || DEFAULT_PLACEHOLDER[platform]);
  const content = sdtContent(sdt);
  if (sdtLevel(sdt) === "inline") {
    for (let c = content.firstChild; c; ) {
      const next = c.nextSibling;
      if (!(isElement(c) && isPropertyChild(c))) content.removeChild(c);
      c = next;
    }
    content.appendChild(run);
  } else {
    let p: XElement | null = null;
    for (let c = content.firstChild; c && !p; c = c.nextSibling) if (isElement(c) && c.localName === "p") p = c;
    if (!p) content.appendChild((p = wEl(doc.dom, "p")));
    p.appendChild(run);
  }
  setShowingPlaceholder(sdt, true);
}

/** Before a write: the placeholder goes away, so what is written is all the control holds. */
export function hidePlaceholder(sdt: XElement): void {
  if (!isShowingPlaceholder(sdt)) return;
  const content = sdtContent(sdt);
  const runs: XElement[] = [];
  const walk = (n: XElement): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (c.localName === "r") runs.push(c);
      else if (c.localName === "p" || c.localName === "tbl" || c.localName === "tr" || c.localName === "tc") walk(c);
    }
  };
  walk(content);
  for (const r of runs) r.parentNode?.removeChild(r);
  setShowingPlaceholder(sdt, false);
}
