/**
 * Relationship parts (`_rels/*.rels`): how one part points at another. The host keeps them as plain data and
 * writes them back at save, so that adding a header or a custom XML part never re-parses the document part.
 */
import { NS } from "../xml/namespaces";
import { elementChildren, parseXml } from "../xml/xmlDom";

export type Relationship = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly targetMode?: "External";
};

export function parseRelationships(xml: string): Relationship[] {
  const doc = parseXml(xml);
  const out: Relationship[] = [];
  for (const el of elementChildren(doc.documentElement!)) {
    if (el.localName !== "Relationship") continue;
    const mode = el.getAttribute("TargetMode");
    out.push({
      id: el.getAttribute("Id") ?? "",
      type: el.getAttribute("Type") ?? "",
      target: el.getAttribute("Target") ?? "",
      ...(mode === "External" ? { targetMode: "External" as const } : {}),
    });
  }
  return out;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function serializeRelationships(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"` +
        `${r.targetMode ? ` TargetMode="${r.targetMode}"` : ""}/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${items}</Relationships>`;
}

/** A relationship id not used in `rels` ("rId<n>", n past the largest number in use). */
export function nextRelationshipId(rels: readonly Relationship[]): string {
  let max = 0;
  for (const r of rels) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `rId${max + 1}`;
}

/** The `.rels` part name for a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPartName(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the folder of its source part (no leading slash in the result). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}
