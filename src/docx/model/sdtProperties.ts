/**
 * Reading and writing a content control's properties in `w:sdtPr` (ECMA-376 §17.5.2). `cannotEdit` and
 * `cannotDelete` share one element, `w:lock`: contentLocked, sdtLocked, or sdtContentLocked for both.
 * Appearance is `w15:appearance` (Word 2013+); `w:appearance` is accepted on input, `w15` is what is written.
 */
import { NS } from "../xml/namespaces";
import { isElement, wAttr, wChild, wEl, setWAttr, type XElement } from "../xml/xmlDom";

export type Appearance = "BoundingBox" | "Tags" | "Hidden";

/** `w:sdtPr`, created (first child) when missing. */
export function sdtPr(sdt: XElement): XElement {
  let pr = wChild(sdt, "sdtPr");
  if (!pr) {
    pr = wEl(sdt.ownerDocument!, "sdtPr");
    sdt.insertBefore(pr, sdt.firstChild);
  }
  return pr;
}

/** `w:sdtContent`, created (last child) when missing. */
export function sdtContent(sdt: XElement): XElement {
  let c = wChild(sdt, "sdtContent");
  if (!c) {
    c = wEl(sdt.ownerDocument!, "sdtContent");
    sdt.appendChild(c);
  }
  return c;
}

function prValue(sdt: XElement, local: string): string | null {
  const pr = wChild(sdt, "sdtPr");
  return pr ? wAttr(wChild(pr, local)) : null;
}

/** Word writes sdtPr children in this order (then the type element, then w14/w15 extensions); keep it. */
const ORDER = ["rPr", "alias", "tag", "id", "lock", "placeholder", "temporary", "showingPlcHdr", "dataBinding", "label", "tabIndex"];

function rank(node: XElement): number {
  if (node.namespaceURI !== NS.w) return 100;
  const i = ORDER.indexOf(node.localName ?? "");
  return i < 0 ? 50 : i;
}

/** Insert `el` into sdtPr at its schema position. */
function insertOrdered(pr: XElement, el: XElement): void {
  const r = rank(el);
  let before: XElement | null = null;
  for (let c = pr.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && rank(c) > r) {
      before = c;
      break;
    }
  }
  pr.insertBefore(el, before);
}

/** Set (or, for null, remove) `<w:local w:val=…/>` in sdtPr. */
function setPrValue(sdt: XElement, local: string, value: string | null): void {
  const pr = sdtPr(sdt);
  const existing = wChild(pr, local);
  if (value === null) {
    if (existing) pr.removeChild(existing);
    return;
  }
  if (existing) setWAttr(existing, "val", value);
  else insertOrdered(pr, wEl(sdt.ownerDocument!, local, value));
}

export const getTag = (sdt: XElement): string => prValue(sdt, "tag") ?? "";
export const setTag = (sdt: XElement, v: string): void => setPrValue(sdt, "tag", v === "" ? null : v);
export const getTitle = (sdt: XElement): string => prValue(sdt, "alias") ?? "";
export const setTitle = (sdt: XElement, v: string): void => setPrValue(sdt, "alias", v === "" ? null : v);

export function getId(sdt: XElement): number | null {
  const v = prValue(sdt, "id");
  if (v === null || !/^-?\d+$/.test(v)) return null;
  return Number(v);
}

export function setId(sdt: XElement, id: number): void {
  const pr = sdtPr(sdt);
  const existing = wChild(pr, "id");
  if (existing) setWAttr(existing, "val", String(id));
  else insertOrdered(pr, wEl(sdt.ownerDocument!, "id", String(id)));
}

type Lock = "unlocked" | "contentLocked" | "sdtLocked" | "sdtContentLocked";

function getLock(sdt: XElement): Lock {
  const v = prValue(sdt, "lock");
  return v === "contentLocked" || v === "sdtLocked" || v === "sdtContentLocked" ? v : "unlocked";
}

function setLock(sdt: XElement, cannotEdit: boolean, cannotDelete: boolean): void {
  const v = cannotEdit && cannotDelete ? "sdtContentLocked" : cannotEdit ? "contentLocked" : cannotDelete ? "sdtLocked" : null;
  setPrValue(sdt, "lock", v);
}

export const getCannotEdit = (sdt: XElement): boolean => {
  const l = getLock(sdt);
  return l === "contentLocked" || l === "sdtContentLocked";
};
export const getCannotDelete = (sdt: XElement): boolean => {
  const l = getLock(sdt);
  return l === "sdtLocked" || l === "sdtContentLocked";
};
export const setCannotEdit = (sdt: XElement, v: boolean): void => setLock(sdt, v, getCannotDelete(sdt));
export const setCannotDelete = (sdt: XElement, v: boolean): void => setLock(sdt, getCannotEdit(sdt), v);

function appearanceElement(sdt: XElement): XElement | null {
  const pr = wChild(sdt, "sdtPr");
  if (!pr) return null;
  for (let c = pr.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && c.localName === "appearance" && (c.namespaceURI === NS.w15 || c.namespaceURI === NS.w)) return c;
  }
  return null;
}

export function getAppearance(sdt: XElement): Appearance {
  const el = appearanceElement(sdt);
  const v = el ? (el.getAttributeNS(NS.w15, "val") || el.getAttributeNS(NS.w, "val")) : null;
  return v === "tags" ? "Tags" : v === "hidden" ? "Hidden" : "BoundingBox";
}

export function setAppearance(sdt: XElement, v: Appearance): void {
  const existing = appearanceElement(sdt);
  if (existing) existing.parentNode!.removeChild(existing);
  const el = sdt.ownerDocument!.createElementNS(NS.w15, "w15:appearance");
  el.setAttributeNS(NS.w15, "w15:val", v === "Tags" ? "tags" : v === "Hidden" ? "hidden" : "boundingBox");
  sdtPr(sdt).appendChild(el);
}

/** `w15:color` as "#RRGGBB" ("" when unset). */
export function getColor(sdt: XElement): string {
  const pr = wChild(sdt, "sdtPr");
  for (let c = pr?.firstChild ?? null; c; c = c.nextSibling) {
    if (isElement(c) && c.localName === "color" && c.namespaceURI === NS.w15) return `#${c.getAttributeNS(NS.w15, "val")}`;
  }
  return "";
}

export function isTemporary(sdt: XElement): boolean {
  const pr = wChild(sdt, "sdtPr");
  return !!pr && !!wChild(pr, "temporary");
}

export function isShowingPlaceholder(sdt: XElement): boolean {
  const pr = wChild(sdt, "sdtPr");
  return !!pr && !!wChild(pr, "showingPlcHdr");
}

export function setShowingPlaceholder(sdt: XElement, showing: boolean): void {
  const pr = sdtPr(sdt);
  const el = wChild(pr, "showingPlcHdr");
  if (showing && !el) insertOrdered(pr, wEl(sdt.ownerDocument!, "showingPlcHdr"));
  if (!showing && el) pr.removeChild(el);
}

/** Name of the glossary docPart holding the placeholder text, if any. */
export function placeholderDocPart(sdt: XElement): string | null {
  const pr = wChild(sdt, "sdtPr");
  const ph = pr ? wChild(pr, "placeholder") : null;
  return ph ? wAttr(wChild(ph, "docPart")) : null;
}

export function setPlaceholderDocPart(sdt: XElement, name: string): void {
  const pr = sdtPr(sdt);
  const old = wChild(pr, "placeholder");
  if (old) pr.removeChild(old);
  const ph = wEl(sdt.ownerDocument!, "placeholder");
  ph.appendChild(wEl(sdt.ownerDocument!, "docPart", name));
  insertOrdered(pr, ph);
}
