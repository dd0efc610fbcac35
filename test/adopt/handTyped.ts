/**
 * A report typed by hand, independent of the add-in's output: the prose is the seed report's own text (the
 * fixture copy of the seed report in test/fixtures/seed), reflowed into the paragraphs its lines form; its tables are real Word tables
 * typed cell by cell as the printed report shows them (header rows with merged cells, row labels, figures);
 * the five parts' numbers (I. … V.) are drawn by Word from a list, not typed; a few prose figures are changed
 * from the fixture, and the table figures vary. Nothing in it comes from the
 * add-in's renderer or insert: no controls, no metadata, no styles of its own. The figures it shows are kept as
 * the truth.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import { piecesOf } from "../../src/domain/adopt/reportPattern";
import type { Figures } from "../../src/domain/figures/schema";
import { headerGrid, reportContent } from "../../src/domain/render";
import { bodyRows, dataRowCount, holdsFigure, totalHoldsFigure } from "../../src/domain/render/tableLayout";
import { cellTag, figureTag } from "../../src/domain/tags";
import type { TableDef } from "../../src/domain/template/types";
import { walkSections } from "../../src/domain/template/walkSections";
import { numbered, numberedPackage } from "../support/numberedOoxml";
import { seedDir } from "../support/seedParagraphs";
import { agency, fixture, q1, template, variedFigures } from "./clerkDocuments";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const para = (text: string) =>
  text === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const cell = (text: string, props = "") =>
  `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${para(text)}</w:tc>`;

/**
 * Where each table's text sits in the seed (its extraction flattened the tables into the lines after their
 * lead-in): the start of the paragraph that introduces it, the words the lead-in ends with ("": the paragraph is
 * all table, its heading before it), and how many of the following extracted paragraphs are rows of the table.
 */
const TABLE_PLACES: readonly { table: string; paragraph: string; endsWith: string; rowParagraphs: number }[] =
  [
    {
      table: "T1",
      paragraph: "- Báo cáo tình hình thực hiện liên thông",
      endsWith: "thủ tục hành chính:",
      rowParagraphs: 0,
    },
    {
      table: "T2",
      paragraph: "a) Kết quả triển khai dịch vụ công",
      endsWith: "đến ngày 01/03/2021)",
      rowParagraphs: 0,
    },
    { table: "T3", paragraph: "- Hiện nay công tác tổ chức bộ máy", endsWith: "như sau:", rowParagraphs: 2 },
    { table: "T4", paragraph: "- Thực hiện biên chế công chức", endsWith: "Cụ thể:", rowParagraphs: 0 },
    { table: "T5", paragraph: "Nội dung Số lượng đề nghị", endsWith: "", rowParagraphs: 0 },
    {
      table: "T6",
      paragraph: "- Thực hiện các quy định quản lý cán bộ",
      endsWith: "viên chức:",
      rowParagraphs: 0,
    },
    {
      table: "T7",
      paragraph: "Thực hiện Kế hoạch số 5068",
      endsWith: "nền hành chính hiện đại.",
      rowParagraphs: 2,
    },
    { table: "T8", paragraph: "- Về thực hiện cơ chế tự chủ", endsWith: "theo bảng sau:", rowParagraphs: 0 },
    {
      table: "T9",
      paragraph: "- Kết quả sử dụng phần mềm quản lý văn bản",
      endsWith: "02/03/2021):",
      rowParagraphs: 0,
    },
    { table: "T10", paragraph: "- Kết quả ứng dụng chữ ký số", endsWith: "doanh nghiệp:", rowParagraphs: 0 },
    { table: "T11", paragraph: "STT Nội dung Thông tin kịp thời", endsWith: "", rowParagraphs: 0 },
  ];

/** Prose figures the clerk typed differently from the fixture: the words around each, to find its one place. */
const CHANGED_PROSE: readonly { key: string; before: string; after: string; by: number }[] = [
  {
    key: "II.1.vbqpplDraftsRegistered",
    before: "Đăng ký chủ trì soạn thảo ",
    after: " văn bản quy phạm",
    by: 2,
  },
  { key: "II.2.1.b.simplifiedProcCount", before: "(Trong đó có ", after: " TTHC", by: 3 },
  { key: "II.2.2.1.oneStopStaffBackup", before: "nhân sự chính và ", after: " nhân sự dự phòng", by: 1 },
  { key: "II.6.a.signedOutgoingDocs", before: "chữ ký số được ", after: " văn bản đi", by: 47 },
];

const startsParagraph = (line: string) =>
  /^([-+]\s|[IVX]+\.\s|\d+(\.\d+)*\.\s|[a-zđ]\)\s)/.test(line) ||
  // Paragraphs of the printed report whose first line the extraction does not mark.
  /^(Trong đó xác định|Trên đây là|Nơi nhận:|KT\.|PHÓ GIÁM ĐỐC|Nguyễn Trí Phương)/.test(line) ||
  // A line in capitals stands alone: the second line of a heading, "BÁO CÁO".
  (/\p{Lu}/u.test(line) && line === line.toUpperCase());

/** The seed's lines reflowed: the letterhead line by line, then paragraphs as its lines continue one another. */
function seedParagraphs(): string[] {
  const lines = readFileSync(join(seedDir, "bao-cao-cchc-quy-I-2021.txt"), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines.findIndex((l) => l.startsWith("I. "));
  const out = lines.slice(0, body);
  for (const line of lines.slice(body)) {
    if (startsParagraph(line) || out.length === body) out.push(line);
    else out[out.length - 1] += ` ${line}`;
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * A heading typed on the line of the text after it (as the extraction joined them) is its own paragraph in the
 * report: split where the template's heading words end.
 */
function splitHeadings(paragraphs: readonly string[]): string[] {
  const headings = walkSections(template.sections)
    .filter(({ section }) => section.heading && section.runIn !== true && section.number !== "")
    .map(({ section }) =>
      words(
        `${section.number} ${(section.heading ?? []).map((i) => (i.kind === "text" ? i.text : "x")).join("")}`,
      ),
    );
  const out: string[] = [];
  for (const p of paragraphs) {
    const w = words(p);
    const heading = headings.find(
      (h) => w.length > h.length && h.every((word, i) => word === "x" || w[i] === word),
    );
    if (!heading) {
      out.push(p);
      continue;
    }
    out.push(w.slice(0, heading.length).join(" "), w.slice(heading.length).join(" "));
  }
  return out;
}

/** A table typed as the printed report shows it: merged header cells, labels, the figures' texts. */
function typedTable(def: TableDef, figures: Figures, texts: ReadonlyMap<string, string>): string {
  const grid = headerGrid(def.header);
  const columns = grid.columns;
  const rows: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns;) {
      const starting = grid.cells.find((p) => p.row === r && p.column === c);
      const above = grid.cells.find((p) => p.row < r && r < p.row + p.rowSpan && p.column === c);
      const placed = starting ?? above!;
      const span = placed.colSpan > 1 ? `<w:gridSpan w:val="${placed.colSpan}"/>` : "";
      if (starting) {
        const label = piecesOf(starting.cell.label, template, agency)
          .map((p) => (p.kind === "text" ? p.text : (texts.get(p.slot.tag) ?? "")))
          .join("");
        cells.push(cell(label, span + (starting.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : "")));
      } else cells.push(cell("", `${span}<w:vMerge/>`));
      c += placed.colSpan;
    }
    rows.push(`<w:tr>${cells.join("")}</w:tr>`);
  }
  if (def.numberRow)
    rows.push(`<w:tr>${Array.from({ length: columns }, (_, i) => cell(String(i + 1))).join("")}</w:tr>`);
  for (const row of bodyRows(def, dataRowCount(def, figures.tables[def.id]?.rows.length))) {
    if (row.kind === "group") {
      rows.push(`<w:tr>${cell(row.label, `<w:gridSpan w:val="${columns}"/>`)}</w:tr>`);
    } else if (row.kind === "data") {
      const cells = def.columns.map((column) =>
        cell(
          holdsFigure(column)
            ? (texts.get(cellTag(def.id, row.row, column.key)) ?? "")
            : (row.labels[column.key] ?? ""),
        ),
      );
      rows.push(`<w:tr>${cells.join("")}</w:tr>`);
    } else {
      const cells = [cell(row.label, row.labelSpan > 1 ? `<w:gridSpan w:val="${row.labelSpan}"/>` : "")];
      for (let i = row.labelSpan; i < def.columns.length; i++) {
        const column = def.columns[i]!;
        cells.push(
          cell(totalHoldsFigure(def, i) ? (texts.get(cellTag(def.id, "total", column.key)) ?? "") : ""),
        );
      }
      rows.push(`<w:tr>${cells.join("")}</w:tr>`);
    }
  }
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${'<w:gridCol w:w="700"/>'.repeat(columns)}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}

export type HandTyped = { readonly bytes: Uint8Array; readonly figures: Figures };

/**
 * The seed report typed by hand with the figures of `seed`'s variation in its tables and a few changed prose
 * figures; returns the document and the figures it shows.
 */
export async function handTypedReport(seed: number): Promise<HandTyped> {
  const figures: Figures = { ...structuredClone(fixture), tables: variedFigures(seed).tables };
  for (const change of CHANGED_PROSE)
    figures.fields[change.key] = (fixture.fields[change.key] as number) + change.by;
  const before = reportContent({ template, figures: fixture, agency, period: q1 }).texts;
  const texts = reportContent({ template, figures, agency, period: q1 }).texts;

  let paragraphs = splitHeadings(seedParagraphs());
  for (const change of CHANGED_PROSE) {
    const tag = figureTag(change.key);
    const old = `${change.before}${before.get(tag)}${change.after}`;
    const hits = paragraphs.filter((p) => p.includes(old)).length;
    if (hits !== 1) throw new Error(`hand-typed report: “${old}” is in ${hits} paragraphs, not one`);
    paragraphs = paragraphs.map((p) => p.replace(old, `${change.before}${texts.get(tag)}${change.after}`));
  }

  const blocks: string[] = [];
  // The clerk let Word number the five parts (I. … V.) from a list: their number is not in their text.
  const part = /^(?:I|II|III|IV|V)\. (?=\p{Lu})/u;
  const placed = new Set<string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const place = TABLE_PLACES.find((t) => p.startsWith(t.paragraph));
    if (!place) {
      blocks.push(part.test(p) && p === p.toUpperCase() ? numbered(p.replace(part, ""), 1, 0) : para(p));
      continue;
    }
    const end = p.indexOf(place.endsWith);
    if (end < 0) throw new Error(`hand-typed report: no “${place.endsWith}” in “${p.slice(0, 60)}…”`);
    if (place.endsWith !== "") blocks.push(para(p.slice(0, end + place.endsWith.length)));
    blocks.push(typedTable(template.tables[place.table]!, figures, texts));
    placed.add(place.table);
    blocks.push(para(""));
    i += place.rowParagraphs;
  }
  const missing = TABLE_PLACES.filter((t) => !placed.has(t.table)).map((t) => t.table);
  if (missing.length) throw new Error(`hand-typed report: no place found for ${missing.join(", ")}`);
  const host = await openDocx();
  await host.run(async (context) => {
    context.document.body.insertOoxml(numberedPackage(blocks.join("")), "Replace");
    await context.sync();
  });
  return { bytes: await host.save(), figures };
}
