import type { AgencyTextField, HeaderField, Inline } from "./types";

const AGENCY_FIELDS: readonly AgencyTextField[] = ["agencyName", "reportTo", "place", "province", "addressee"];
const HEADER_FIELDS: readonly HeaderField[] = ["docNumber", "issueDate"];

/**
 * Reads the template's compact inline notation into inline content: plain text with
 * `{fig:KEY}` for a figure, `{per:SLOT}` for a period phrase, `{hdr:FIELD}` and `{agency:FIELD}`.
 * The notation is for template authors; a mistake in it is a programming error, so it throws.
 *
 * @example
 * parseInline("Trong {per:labelSlash}, có {fig:II.2.2.2.c.lateFilesCount} hồ sơ")
 * // → [{kind:"text",text:"Trong "},{kind:"per",slot:"labelSlash"},{kind:"text",text:", có "},
 * //    {kind:"fig",key:"II.2.2.2.c.lateFilesCount"},{kind:"text",text:" hồ sơ"}]
 */
export function parseInline(source: string): readonly Inline[] {
  const out: Inline[] = [];
  const pattern = /\{(fig|per|hdr|agency):([^{}]+)\}/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: "text", text: source.slice(last, at) });
    const kind = match[1];
    const name = match[2] ?? "";
    if (kind === "fig") out.push({ kind: "fig", key: name });
    else if (kind === "per") out.push({ kind: "per", slot: name });
    else if (kind === "hdr") {
      if (!HEADER_FIELDS.includes(name as HeaderField)) throw new Error(`Unknown header field {hdr:${name}}`);
      out.push({ kind: "hdr", field: name as HeaderField });
    } else {
      if (!AGENCY_FIELDS.includes(name as AgencyTextField)) throw new Error(`Unknown agency field {agency:${name}}`);
      out.push({ kind: "agency", field: name as AgencyTextField });
    }
    last = at + match[0].length;
  }
  if (last < source.length) out.push({ kind: "text", text: source.slice(last) });
  if (/[{}]/.test(out.map((i) => (i.kind === "text" ? i.text : "")).join(""))) {
    throw new Error(`Unbalanced brace in template text: ${source}`);
  }
  return out;
}

/** The plain text of inline content with every slot shown as its notation; for descriptions and tests. */
export function inlineNotation(content: readonly Inline[]): string {
  return content
    .map((i) => {
      switch (i.kind) {
        case "text":
          return i.text;
        case "fig":
          return `{fig:${i.key}}`;
        case "per":
          return `{per:${i.slot}}`;
        case "hdr":
          return `{hdr:${i.field}}`;
        case "agency":
          return `{agency:${i.field}}`;
      }
    })
    .join("");
}
