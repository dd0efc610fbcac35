/**
 * `[Content_Types].xml`: every part needs a content type, by extension (Default) or by name (Override).
 * Word refuses a package whose main part has no content type, so save() rebuilds this from the final part list.
 */
import { CT, NS } from "../xml/namespaces";
import { elementChildren, parseXml } from "../xml/xmlDom";

export type ContentTypes = {
  readonly defaults: Map<string, string>;
  readonly overrides: Map<string, string>;
};

export function blankContentTypes(): ContentTypes {
  return {
    defaults: new Map([
      ["rels", CT.rels],
      ["xml", CT.xml],
    ]),
    overrides: new Map(),
  };
}

export function parseContentTypes(xml: string): ContentTypes {
  const types = { defaults: new Map<string, string>(), overrides: new Map<string, string>() };
  for (const el of elementChildren(parseXml(xml).documentElement!)) {
    if (el.localName === "Default") {
      types.defaults.set((el.getAttribute("Extension") ?? "").toLowerCase(), el.getAttribute("ContentType") ?? "");
    } else if (el.localName === "Override") {
      types.overrides.set((el.getAttribute("PartName") ?? "").replace(/^\//, ""), el.getAttribute("ContentType") ?? "");
    }
  }
  return types;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Serialize, keeping only overrides of parts that exist. */
export function serializeContentTypes(types: ContentTypes, partNames: Iterable<string>): string {
  const existing = new Set(partNames);
  const defaults = [...types.defaults]
    .map(([ext, ct]) => `<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(ct)}"/>`)
    .join("");
  const overrides = [...types.overrides]
    .filter(([name]) => existing.has(name))
    .map(([name, ct]) => `<Override PartName="/${escapeAttr(name)}" ContentType="${escapeAttr(ct)}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.ct}">${defaults}${overrides}</Types>`;
}
