import { formatDecimal, formatInteger, formatPercent } from "../format";
import type { ColumnDef, ColumnFormat } from "../template/types";
import type { ComputedCell } from "./ComputedTable";

/** A number in a column's format: "2.555", "05", "96,3 %", "100%", or "100" where the seed prints no sign. */
export function formatNumber(value: number, format: ColumnFormat): string {
  switch (format.kind) {
    case "percent":
      return format.sign === false
        ? formatDecimal(value, format.decimals)
        : formatPercent(value, { decimals: format.decimals, space: format.space === true });
    case "integer":
      return formatInteger(value, format.pad ? { pad: format.pad } : {});
    case "text":
    case "enum":
      return formatInteger(value);
  }
}

/**
 * A computed cell as the report prints it, the seed's vi-VN way: thousands with ".", decimal comma, the
 * column's percent form, zero padding where the seed pads, a composite cell with its parts, a number with its
 * note; blank for a blank value (÷0 included). `format` overrides the column's (the total row's own formats).
 *
 * @example
 * formatCell(T2c5, { column: "c5", value: 96.3 })                           // → "96,3 %"
 * formatCell(T4c1, { column: "c1", value: 85, parts: [57, 28] })            // → "85 (khối văn phòng 57, đơn vị sự nghiệp 28)"
 * formatCell(T10c4, { column: "c4", value: 53, note: "1cts do cty TS24 cấp" }) // → "53 (1cts do cty TS24 cấp)"
 */
export function formatCell(column: ColumnDef, cell: ComputedCell, format: ColumnFormat = column.format): string {
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "string") return value;
  const main = formatNumber(value, format);
  const parts = (column.parts ?? []).flatMap((part, i) => {
    const v = cell.parts?.[i];
    return typeof v === "number" ? [`${part.label} ${formatInteger(v, part.pad ? { pad: part.pad } : {})}`] : [];
  });
  if (parts.length > 0) return `${main} (${parts.join(", ")})`;
  return cell.note ? `${main} (${cell.note})` : main;
}
