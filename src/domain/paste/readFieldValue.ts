import { parseIsoDate } from "../format/parseIsoDate";
import { parseViDate } from "../format/parseViDate";
import { toIsoDate } from "../format/toIsoDate";
import type { FieldValue } from "../figures/schema";
import type { FieldDef } from "../template/types";
import { problem, type CellRead } from "./CellProblem";
import { readNumberCell } from "./readNumberCell";
import { cellText } from "./readTextCell";

/** "116/116": two whole numbers, a slash between. */
function readRatio(text: string): CellRead<FieldValue> {
  const shape = /^([^/]+)\/([^/]+)$/.exec(text);
  const num = shape ? readNumberCell(shape[1] ?? "", "integer") : undefined;
  const den = shape ? readNumberCell(shape[2] ?? "", "integer") : undefined;
  if (num && den && "value" in num && "value" in den && num.value !== null && den.value !== null) {
    return { value: { num: num.value, den: den.value } };
  }
  return problem("paste.badRatio", { value: text });
}

/** A date as clerks write it (02/03/2021, ngày 02 tháng 3 năm 2021) or ISO, kept as ISO. */
function readDate(text: string): CellRead<FieldValue> {
  const vi = parseViDate(text);
  const read = "value" in vi ? vi : parseIsoDate(text);
  return "value" in read ? { value: toIsoDate(read.value) } : problem("paste.badDate", { value: text });
}

/**
 * Reads the value of a figure in prose by its type: counts and years as whole numbers ("1.053"), percentages
 * ("99,36%"), ratios ("116/116"), dates (kept as ISO), text. An empty value is null.
 *
 * @example readFieldValue("116/116", ratioField) // → { value: { num: 116, den: 116 } }
 * @example readFieldValue("99,36%", pctField)    // → { value: 99.36 }
 */
export function readFieldValue(raw: string, def: FieldDef): CellRead<FieldValue> {
  const text = cellText(raw);
  if (text === "") return { value: null };
  switch (def.type) {
    case "integer":
    case "year":
      return readNumberCell(text, "integer");
    case "percent":
      return readNumberCell(text, "percent");
    case "ratio":
      return readRatio(text);
    case "date":
      return readDate(text);
    case "text":
      return { value: text };
  }
}
