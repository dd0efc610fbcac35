import { formatDateNd30, formatInteger, formatPercent, parseIsoDate } from "../format";
import type { FieldDef, HouseStyle } from "../template/types";
import type { FieldValue } from "./schema";

/** What of the house style a prose figure's text depends on. */
export type FieldStyle = Pick<HouseStyle, "percentSpace">;

const count = (def: FieldDef, n: number): string => formatInteger(n, def.pad ? { pad: def.pad } : {});

/**
 * A prose figure as the report writes it: counts zero-padded where the template says ("07"), thousands with
 * "." ("1.053"), percents with the field's places and the house style's spacing ("99,36%"), ratios "116/116",
 * years as digits, dates as ND 30 dates ("01/3/2019"); a count the seed states in words when zero takes its
 * phrase ("chưa nhận được ý kiến của cá nhân, tổ chức nào"). Blank for a missing value; a value of the wrong
 * kind is shown as given (validation reports it).
 *
 * @example
 * formatField(fields["II.1.vbqpplDraftsRegistered"], 7, style)          // → "07"
 * formatField(fields["II.2.2.1.onTimeRatePct"], 99.36, style)           // → "99,36%"
 * formatField(fields["II.6.c.egovOnlineProcs"], { num: 116, den: 116 }, style) // → "116/116"
 * formatField(fields["II.2.4.feedbackCount"], 0, style)                 // → "chưa nhận được ý kiến của cá nhân, tổ chức nào"
 */
export function formatField(def: FieldDef, value: FieldValue | undefined, style: FieldStyle): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return def.type === "ratio" ? `${count(def, value.num)}/${count(def, value.den)}` : "";
  if (typeof value === "string") return def.type === "date" ? dateText(value) : value;
  switch (def.type) {
    case "integer": {
      const phrase = def.phrase;
      if (!phrase) return count(def, value);
      return value === 0 ? phrase.zero : phrase.other.replace("{n}", count(def, value));
    }
    case "percent":
      return formatPercent(value, { decimals: def.decimals ?? 0, space: style.percentSpace });
    case "year":
      return String(value);
    default:
      return count(def, value);
  }
}

function dateText(iso: string): string {
  const parsed = parseIsoDate(iso);
  return "value" in parsed ? formatDateNd30(parsed.value) : iso;
}
