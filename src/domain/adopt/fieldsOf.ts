import { WINDOW } from "../checks/stalePeriod/periodSpellings";
import type { FieldValue, Figures } from "../figures/schema";
import { parseViDate } from "../format/parseViDate";
import { toIsoDate } from "../format/toIsoDate";
import { MISSING_FIGURE } from "../render/reportContent";
import { parseTag } from "../tags/tags";
import type { FieldDef, Template } from "../template/types";
import { readFieldValue } from "../paste/readFieldValue";
import { foldText } from "./foldText";

type Shown = { readonly tag: string; readonly text: string };

/** A figure's value from the text that shows it; a phrase for zero is 0, a gap "[…]" no value. */
function valueOf(def: FieldDef, text: string): FieldValue | undefined {
  if (text === MISSING_FIGURE) return null;
  if (def.phrase) {
    if (foldText(text).text === foldText(def.phrase.zero).text) return 0;
    const n = /\d{1,3}(?:\.\d{3})+|\d+/.exec(text)?.[0];
    return n === undefined ? undefined : Number(n.replace(/\./g, ""));
  }
  const read = readFieldValue(text, def);
  return "value" in read ? read.value : undefined;
}

/**
 * The input figures a document shows in prose, read as the paste reader reads a value. Computed figures are
 * not input and are left out; the first occurrence of a key gives its value.
 *
 * @example fieldsOf([{ tag: "bc:fig:II.1.vbqpplDraftsRegistered", text: "02" }], template) // → { "II.1.vbqpplDraftsRegistered": 2 }
 */
export function fieldsOf(shown: readonly Shown[], template: Template): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const { tag, text } of shown) {
    const parsed = parseTag(tag);
    if (parsed?.kind !== "fig" || parsed.name in fields) continue;
    const def = template.fields[parsed.name];
    if (!def || def.computed) continue;
    const value = valueOf(def, text);
    if (value !== undefined) fields[parsed.name] = value;
  }
  return fields;
}

const isoOf = (text: string | undefined): string | undefined => {
  const d = text ? parseViDate(text) : undefined;
  return d && "value" in d ? toIsoDate(d.value) : undefined;
};

/** The data window and as-of date a document states in its period phrases. */
export function periodDatesOf(
  shown: readonly Shown[],
  template: Template,
): Pick<Figures, "dataWindow" | "asOfDate"> {
  const out: { dataWindow?: { from: string; to: string }; asOfDate?: string } = {};
  for (const { tag, text } of shown) {
    const parsed = parseTag(tag);
    const def = parsed?.kind === "per" ? template.periodSlots[parsed.name] : undefined;
    if (def?.class === "RANGE" && !out.dataWindow) {
      const m = new RegExp(WINDOW.source, "iu").exec(text);
      const from = isoOf(m?.[1]);
      const to = isoOf(m?.[2]);
      if (from && to) out.dataWindow = { from, to };
    }
    if (def?.class === "ASOF" && !out.asOfDate) {
      const at = isoOf(text);
      if (at) out.asOfDate = at;
    }
  }
  return out;
}
