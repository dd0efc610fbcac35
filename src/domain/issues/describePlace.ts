import { parseCellTag, parseTag } from "../tags/tags";
import { inputColumns } from "../template/inputColumns";
import { findSection } from "../template/findSection";
import type { Section, TableDef, Template } from "../template/types";
import type { IssueParams, IssuePath } from "./Issue";

export type Lang = "vi" | "en";

const WORDS = {
  vi: {
    field: "Chỉ tiêu",
    table: "Bảng",
    row: "dòng",
    column: "cột",
    section: "Mục",
    paste: "Dữ liệu dán",
    meta: {
      template: "Mẫu báo cáo",
      agency: "Cơ quan",
      period: "Kỳ báo cáo",
      dataWindow: "Thời gian lấy số liệu",
      asOfDate: "Ngày chốt số liệu",
      source: "Nguồn số liệu",
      fields: "Các chỉ tiêu",
      tables: "Các bảng",
    },
  },
  en: {
    field: "Figure",
    table: "Table",
    row: "row",
    column: "column",
    section: "Section",
    paste: "Pasted data",
    meta: {
      template: "Template",
      agency: "Agency",
      period: "Period",
      dataWindow: "Data window",
      asOfDate: "As-of date",
      source: "Source",
      fields: "Figures",
      tables: "Tables",
    },
  },
} as const;

/**
 * Names the place an issue concerns, as a clerk would look for it: the figure by its label,
 * a table cell by table, row and column.
 *
 * @example
 * describePlace(["tables", "T2", "rows", 0, "c4"], template, "vi")
 * // → "Bảng T2 (Dịch vụ công trực tuyến mức độ 3, 4), dòng 1, cột “Số hồ sơ thực hiện mức độ 3 và 4”"
 * describePlace(["paste", 2, 4], template, "vi", { table: "T2", column: "Tỷ lệ (%)" })
 * // → "Dữ liệu dán (bảng T2), dòng 3, cột 5 “Tỷ lệ (%)”"
 */
export function describePlace(
  path: IssuePath,
  template: Template | undefined,
  lang: Lang,
  params?: IssueParams,
): string {
  const w = WORDS[lang];
  const [head, second, third, fourth, fifth] = path;
  if (head === "fields" && typeof second === "string") {
    const def = template?.fields[second];
    const label = def ? def.label[lang] : undefined;
    const sub =
      third === "num"
        ? lang === "vi"
          ? " (tử số)"
          : " (numerator)"
        : third === "den"
          ? lang === "vi"
            ? " (mẫu số)"
            : " (denominator)"
          : "";
    // A key the template does not know came from the clerk's own file: shown as typed there.
    return `${w.field} “${label ?? second}”${sub}`;
  }
  if (head === "tables" && typeof second === "string") {
    const def = template?.tables[second];
    let place = tableName(template, second, lang);
    if (third === "rows" && typeof fourth === "number") {
      place += `, ${w.row} ${fourth + 1}${rowLabel(def, fourth)}`;
      if (typeof fifth === "string") place += `, ${w.column} “${columnLabel(def, fifth, lang) ?? fifth}”`;
    } else if (third === "rTotal" || fourth === "rTotal") {
      place += lang === "vi" ? ", dòng tổng" : ", total row";
      if (typeof fifth === "string") place += `, ${w.column} “${columnLabel(def, fifth, lang) ?? fifth}”`;
    }
    return place;
  }
  if (head === "sections" && typeof second === "string") {
    const section = template ? findSection(template.sections, second) : undefined;
    return section ? sectionName(section, lang) : `${w.section} ${second}`;
  }
  if (head === "doc" && typeof second === "string") return describeTag(second, template, lang);
  if (head === "doc") return lang === "vi" ? "Văn bản" : "Document";
  if (head === "paragraph" && typeof second === "number") {
    return lang === "vi" ? `Đoạn văn thứ ${second + 1}` : `Paragraph ${second + 1}`;
  }
  if (head === "paste") return pastePlace(path, template, lang, params);
  if (head === "workbook") return workbookPlace(path, template, lang, params);
  if (typeof head === "string" && head in w.meta) return w.meta[head as keyof typeof w.meta];
  return path.join(".");
}

/** A place in pasted text: line and column from 0 as the paste has them, with the table column and figure named. */
function pastePlace(
  path: IssuePath,
  template: Template | undefined,
  lang: Lang,
  params: IssueParams | undefined,
): string {
  const w = WORDS[lang];
  const [, second, third] = path;
  const table = params?.table;
  const parts: string[] = [
    typeof table === "string" ? `${w.paste} (${tableName(template, table, lang, false)})` : w.paste,
  ];
  if (typeof second === "number") parts.push(`${w.row} ${second + 1}`);
  else if (typeof second === "string") parts.push(`“${second}”`);
  const column = typeof params?.column === "string" && params.column !== "" ? ` “${params.column}”` : "";
  if (typeof third === "number") parts.push(`${w.column} ${third + 1}${column}`);
  else if (typeof third === "string") parts.push(`${w.column}${column || ` “${third}”`}`);
  const key = params?.key;
  const field = typeof key === "string" ? template?.fields[key] : undefined;
  const place = parts.join(", ");
  return field ? `${place} (${w.field.toLowerCase()} “${field.label[lang]}”)` : place;
}

const SHEET_WORDS = {
  vi: { sheet: "Trang tính", cell: "ô", workbook: "Sổ tính", table: "bảng", row: "dòng", column: "cột", field: "chỉ tiêu" },
  en: { sheet: "Sheet", cell: "cell", workbook: "Workbook", table: "table", row: "row", column: "column", field: "figure" },
} as const;

/** "A", "B", … "Z", "AA": the letters of a column numbered from 0, as Excel shows them. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A place in a workbook, `["workbook", sheet, row, column]` from 0: the sheet, the cell as Excel names it
 * (A1), and — what the clerk reads in the report — the table, its row and column, or the figure.
 */
function workbookPlace(path: IssuePath, template: Template | undefined, lang: Lang, params: IssueParams | undefined): string {
  const w = SHEET_WORDS[lang];
  const [, sheet, row, column] = path;
  if (typeof sheet !== "string") return w.workbook;
  let place = `${w.sheet} “${sheet}”`;
  if (typeof row === "number" && typeof column === "number") place += `, ${w.cell} ${columnLetters(column)}${row + 1}`;
  else if (typeof row === "number") place += `, ${w.row} ${row + 1}`;
  const detail: string[] = [];
  const table = typeof params?.table === "string" ? template?.tables[params.table] : undefined;
  if (table) detail.push(`${w.table} “${table.title[lang]}”`);
  if (table && params?.row !== undefined && params.row !== "") detail.push(`${w.row} ${typeof params.row === "number" ? params.row : `“${params.row}”`}`);
  if (table && typeof params?.column === "string" && params.column !== "") detail.push(`${w.column} “${params.column}”`);
  const field = typeof params?.key === "string" ? template?.fields[params.key] : undefined;
  if (field) detail.push(`${w.field} “${field.label[lang]}”`);
  return detail.length > 0 ? `${place} (${detail.join(", ")})` : place;
}

const HEADER_FIELDS = {
  vi: { docNumber: "Số văn bản", issueDate: "Ngày tháng năm ban hành" },
  en: { docNumber: "Document number", issueDate: "Date of issue" },
} as const;

/**
 * A content control named for people, as the printed report names it: the figure's label, the table cell, the
 * section, the period phrase. One naming for the pane, the check and the command line.
 *
 * @example describeTag("bc:fig:I.1.plans", template, "vi") // → "Chỉ tiêu “…”"
 */
export function describeTag(tag: string, template: Template | undefined, lang: Lang): string {
  const parsed = parseTag(tag);
  if (!parsed) return tag;
  const cell = parseCellTag(tag);
  if (cell) {
    const { table, row, column } = cell;
    if (row === "total") return describePlace(["tables", table, "rTotal", "rTotal", column], template, lang);
    return describePlace(["tables", table, "rows", row - 1, column], template, lang);
  }
  switch (parsed.kind) {
    case "fig":
      return describePlace(["fields", parsed.name], template, lang);
    case "tbl":
      return describePlace(["tables", parsed.name], template, lang);
    case "sec":
      return describePlace(["sections", parsed.name], template, lang);
    case "per": {
      const label = template?.periodSlots[parsed.name]?.label[lang];
      return label ? `“${label}”` : parsed.name;
    }
    case "hdr":
      return HEADER_FIELDS[lang][parsed.name as keyof (typeof HEADER_FIELDS)["vi"]] ?? parsed.name;
  }
  return tag;
}

/**
 * A table as the printed report names it, by its title: "Bảng “Dịch vụ công trực tuyến mức độ 3, 4”". A table
 * the template does not know is named as the clerk's data named it.
 */
export function tableName(template: Template | undefined, id: string, lang: Lang, capital = true): string {
  const word = capital ? WORDS[lang].table : WORDS[lang].table.toLowerCase();
  const def = template?.tables[id];
  return `${word} “${def ? def.title[lang] : id}”`;
}

/** A section as printed: its number and heading, "Mục a) Dịch vụ công trực tuyến mức độ 3, 4". */
export function sectionName(section: Section, lang: Lang): string {
  const number = section.number.trim();
  return number ? `${WORDS[lang].section} ${number} ${section.title[lang]}` : `${WORDS[lang].section} “${section.title[lang]}”`;
}

function rowLabel(def: TableDef | undefined, index: number): string {
  if (!def || def.rows.mode !== "fixed") return "";
  const row = def.rows.rows.filter((r) => r.kind === "data")[index];
  const text = row?.kind === "data" && row.label ? Object.values(row.label)[0] : undefined;
  return text ? ` (${text})` : "";
}

function columnLabel(def: TableDef | undefined, key: string, lang: Lang): string | undefined {
  if (!def) return undefined;
  return (
    def.columns.find((c) => c.key === key)?.label[lang] ?? inputColumns(def).find((c) => c.key === key)?.label
  );
}
