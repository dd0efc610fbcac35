import type { TableDef } from "../template/types";

/** The names of the fixed sheets, as a clerk reads them. */
export const COVER_SHEET = "Thông tin chung";
export const FIELDS_SHEET = "Chỉ tiêu";

const MAX = 31;

/**
 * A table's sheet name: "Bảng 2. Dịch vụ công trực tuyến" — its place among the report's tables and its
 * title, cut at a word to Excel's 31 characters, without the characters Excel forbids.
 *
 * @example tableSheetName(T2, 1) // → "Bảng 2. Dịch vụ công trực tuyến"
 */
export function tableSheetName(table: TableDef, index: number): string {
  const full = `Bảng ${index + 1}. ${table.title.vi}`.replace(/[*?:/\\[\]]/g, "-");
  if (full.length <= MAX) return full;
  const cut = full.slice(0, MAX);
  const space = cut.lastIndexOf(" ");
  return (space > 10 ? cut.slice(0, space) : cut).replace(/[\s,.;-]+$/, "");
}
