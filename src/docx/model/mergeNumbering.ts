/**
 * Numbering definitions arriving with inserted OOXML. Their ids would collide with the document's, so every
 * incoming abstractNum and num gets a fresh id and the content's `w:numId` references follow. Inserting the same
 * list twice gives two independent lists, as in Word.
 */
import { NS } from "../xml/namespaces";
import { elementChildren, isW, setWAttr, walkElements, wAttr, wChild, type XDocument, type XElement } from "../xml/xmlDom";

/** Returns a function that rewrites numIds under a root from the source's ids to the merged ones. */
export function mergeNumbering(target: XDocument, sourceRoot: XElement): (root: XElement) => void {
  const root = target.documentElement!;
  let maxAbstract = -1;
  let maxNum = 0;
  let firstNum: XElement | null = null;
  let afterNums: XElement | null = null;
  for (const el of elementChildren(root)) {
    if (isW(el, "abstractNum")) maxAbstract = Math.max(maxAbstract, Number(wAttr(el, "abstractNumId") ?? -1));
    if (isW(el, "num")) {
      maxNum = Math.max(maxNum, Number(wAttr(el, "numId") ?? 0));
      firstNum ??= el;
    }
    if (isW(el, "numIdMacAtCleanup")) afterNums = el;
  }
  const abstractMap = new Map<string, string>();
  for (const el of elementChildren(sourceRoot)) {
    if (!isW(el, "abstractNum")) continue;
    const copy = target.importNode(el, true) as XElement;
    const id = String(++maxAbstract);
    abstractMap.set(wAttr(el, "abstractNumId") ?? "", id);
    setWAttr(copy, "abstractNumId", id);
    root.insertBefore(copy, firstNum ?? afterNums);
  }
  const numMap = new Map<string, string>();
  for (const el of elementChildren(sourceRoot)) {
    if (!isW(el, "num")) continue;
    const copy = target.importNode(el, true) as XElement;
    const id = String(++maxNum);
    numMap.set(wAttr(el, "numId") ?? "", id);
    setWAttr(copy, "numId", id);
    const abs = wChild(copy, "abstractNumId");
    if (abs) setWAttr(abs, "val", abstractMap.get(wAttr(abs) ?? "") ?? wAttr(abs) ?? "0");
    root.insertBefore(copy, afterNums);
  }
  return (content: XElement) => {
    const rewrite = (el: XElement): void => {
      if (isW(el, "numId") && isW(el.parentNode, "numPr")) {
        const v = el.getAttributeNS(NS.w, "val") ?? "";
        const mapped = numMap.get(v);
        if (mapped !== undefined && v !== "0") setWAttr(el, "val", mapped);
      }
    };
    rewrite(content);
    walkElements(content, (el) => void rewrite(el));
  };
}
