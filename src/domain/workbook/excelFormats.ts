import type { ColumnFormat } from "../template/types";
import type { InputColumn } from "../template/inputColumns";
import type { Validation } from "./WorkbookPlan";

/**
 * Excel's number format for a column's values: counts whole ("0"), padded where the report pads ("00"),
 * percents as the number of percent with the column's places ("0.0" for 96,3) — a percent cell holds 96,3,
 * not 0,963, so that a clerk types what the report prints. Excel shows them in the reader's own locale.
 */
export function numberFormat(format: ColumnFormat): string {
  switch (format.kind) {
    case "integer":
      return format.pad ? "00" : "#,##0";
    case "percent":
      return format.decimals > 0 ? `0.${"0".repeat(format.decimals)}` : "0";
    case "text":
    case "enum":
      return "@";
  }
}

/** The validation, hint and error Excel shows for an input of this kind. */
export function inputRule(input: Pick<InputColumn, "kind" | "options">): {
  readonly validation: Validation;
  readonly prompt: string;
  readonly error: string;
} {
  switch (input.kind) {
    case "integer":
      return { validation: { kind: "whole", min: 0 }, prompt: "Số nguyên không âm, ví dụ 2460.", error: "Ô này cần một số nguyên không âm." };
    case "percent":
      return {
        validation: { kind: "decimal", min: 0, max: 100 },
        prompt: "Tỷ lệ phần trăm, từ 0 đến 100, ví dụ 96,3.",
        error: "Ô này cần một tỷ lệ phần trăm từ 0 đến 100.",
      };
    case "enum": {
      const options = input.options ?? [];
      return { validation: { kind: "list", options }, prompt: `Chọn: ${options.join("; ")}.`, error: `Chỉ chọn một trong: ${options.join("; ")}.` };
    }
    case "text":
      return { validation: { kind: "textLength", max: 2000 }, prompt: "Nội dung dạng chữ.", error: "Nội dung quá dài (tối đa 2000 ký tự)." };
  }
}
