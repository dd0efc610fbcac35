import type { FieldValue } from "../figures/schema";
import { walkSections } from "../template/walkSections";
import type { FieldDef, Section, Template } from "../template/types";
import { rowHeight } from "./cellRefs";
import { FIELD_UNITS } from "./fieldUnits";
import { inputRule } from "./excelFormats";
import { FIELDS_SHEET } from "./sheetNames";
import type { PlannedCell, PlannedValue, SheetPlan } from "./WorkbookPlan";

/** The header of the figures sheet; the reader finds the sheet by these words. */
export const FIELD_HEADERS = { label: "Chỉ tiêu", unit: "Đơn vị tính", value: "Giá trị", section: "Thuộc mục", key: "Mã" } as const;
const HEADER_ROW = 3;
const WIDTHS = [60, 14, 18, 50, 30];

/** The section a figure belongs to: the longest section id its key starts with. */
export function sectionOf(key: string, sections: readonly Section[]): Section | undefined {
  let found: Section | undefined;
  for (const { section } of walkSections(sections)) {
    if (key.startsWith(`${section.id}.`) && (!found || section.id.length > found.id.length)) found = section;
  }
  return found;
}

function plannedValue(def: FieldDef, value: FieldValue | undefined): PlannedValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return `${value.num}/${value.den}`;
  if (def.type === "date" && typeof value === "string") return { date: value };
  return value;
}

function rule(def: FieldDef) {
  switch (def.type) {
    case "integer":
    case "percent":
    case "text":
      return { ...inputRule({ kind: def.type }), numFmt: def.type === "text" ? "@" : def.type === "percent" ? "0.##" : "#,##0" };
    case "year":
      return { validation: { kind: "whole", min: 1900, max: 2100 } as const, prompt: "Năm, ví dụ 2021.", error: "Ô này cần một năm.", numFmt: "0" };
    case "date":
      return { validation: { kind: "date" } as const, prompt: "Ngày, ví dụ 01/03/2019.", error: "Ô này cần một ngày.", numFmt: "dd/mm/yyyy" };
    case "ratio":
      return {
        validation: { kind: "textLength", max: 40 } as const,
        prompt: "Tử số/mẫu số, ví dụ 116/116.",
        error: "Ghi dạng tử số/mẫu số, ví dụ 116/116.",
        numFmt: "@",
      };
  }
}

/**
 * The sheet of the figures written in the report's prose: one row per figure the clerk gives (computed ones
 * are left out), its label, unit, value and the section it is in, in the order of the report; the key in a
 * hidden column, so that a renamed label still reads.
 */
export function planFieldsSheet(template: Template, fields: Readonly<Record<string, FieldValue>>): SheetPlan {
  const cells: PlannedCell[] = [];
  const heights = new Map<number, number>();
  const note = "Nhập giá trị vào cột “Giá trị” (ô nền trắng). Tỷ lệ ghi số phần trăm (96,3); ngày ghi dạng 01/03/2019; tử số/mẫu số ghi 116/116.";
  cells.push({ row: 0, col: 0, value: "Các chỉ tiêu trong lời văn của báo cáo", style: "title" });
  cells.push({ row: 1, col: 0, value: note, style: "note" });
  const headers = [FIELD_HEADERS.label, FIELD_HEADERS.unit, FIELD_HEADERS.value, FIELD_HEADERS.section, FIELD_HEADERS.key];
  headers.forEach((text, col) => cells.push({ row: HEADER_ROW, col, value: text, style: "header" }));
  let row = HEADER_ROW + 1;
  for (const def of Object.values(template.fields)) {
    if (def.computed) continue;
    const section = sectionOf(def.key, template.sections);
    const r = rule(def);
    cells.push({ row, col: 0, value: def.label.vi, style: "label" });
    cells.push({ row, col: 1, value: FIELD_UNITS[def.type], style: "label" });
    cells.push({
      row,
      col: 2,
      value: plannedValue(def, fields[def.key]),
      style: "input",
      numFmt: r.numFmt,
      input: { validation: r.validation, prompt: r.prompt, error: r.error },
    });
    const where = section ? `${section.id}. ${section.title.vi}` : "";
    cells.push({ row, col: 3, value: where, style: "label" });
    cells.push({ row, col: 4, value: def.key, style: "id" });
    heights.set(row, Math.max(rowHeight(def.label.vi, WIDTHS[0] ?? 60), rowHeight(where, WIDTHS[3] ?? 50)));
    row += 1;
  }
  return {
    name: FIELDS_SHEET,
    role: "fields",
    cells,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 1, right: 3 },
    ],
    widths: WIDTHS,
    hiddenColumns: [4],
    heights: new Map([...heights, [1, 30]]),
    frozenRows: HEADER_ROW + 1,
  };
}
