/**
 * Styles arriving with inserted OOXML. Word's rule (docs: "Create better add-ins for Word with Office Open XML"):
 * "If a style is already in use in the destination document, your content will take on the resident definition
 * for the style". So a style whose id already exists is left as it is; a new one is added. Numbering references
 * inside added styles are renumbered like the content's (see mergeNumbering).
 */
import { isW, wAttr, elementChildren, type XDocument, type XElement } from "../xml/xmlDom";

export function mergeStyles(target: XDocument, sourceRoot: XElement, remapNumIds: (root: XElement) => void): void {
  const root = target.documentElement!;
  const existing = new Set<string>();
  for (const el of elementChildren(root)) if (isW(el, "style")) existing.add(wAttr(el, "styleId") ?? "");
  for (const el of elementChildren(sourceRoot)) {
    if (!isW(el, "style")) continue;
    const id = wAttr(el, "styleId") ?? "";
    if (existing.has(id)) continue;
    const copy = target.importNode(el, true) as XElement;
    remapNumIds(copy);
    root.appendChild(copy);
    existing.add(id);
  }
}
