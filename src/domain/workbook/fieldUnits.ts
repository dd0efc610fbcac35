import type { FieldType } from "../template/types";

/** The unit column of the figures sheet: how a clerk writes each kind of figure. */
export const FIELD_UNITS: Readonly<Record<FieldType, string>> = {
  integer: "số lượng",
  percent: "%",
  ratio: "tử số/mẫu số",
  text: "chữ",
  date: "ngày/tháng/năm",
  year: "năm",
};
