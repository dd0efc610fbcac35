import { formatPeriodCode, periodLabel, type CivilDate } from "../period";
import { toIsoDate } from "../format/toIsoDate";
import { reportDataWindow } from "../render/periodTexts";
import { rowHeight } from "./cellRefs";
import type { LabelContext } from "./inlineText";
import { COVER_SHEET } from "./sheetNames";
import type { PlannedCell, SheetPlan } from "./WorkbookPlan";

/** The labels of the cover's lines; the reader finds the cover and its values by them. */
export const COVER_LABELS = {
  agency: "Cơ quan",
  period: "Kỳ báo cáo",
  from: "Số liệu tính từ ngày",
  to: "Đến ngày",
  asOf: "Ngày chốt số liệu",
  template: "Mẫu báo cáo",
} as const;

export const HOW_TO_FILL: readonly string[] = [
  "Mỗi bảng của báo cáo nằm trên một trang tính, bày như bảng in trong báo cáo; trang “Chỉ tiêu” liệt kê các số liệu nằm trong lời văn.",
  "Chỉ nhập vào các ô nền trắng. Ô nền xám là tên dòng hoặc số phần mềm tự tính (tổng, tỷ lệ), đã khóa; trang tính được bảo vệ không đặt mật khẩu.",
  "Số ghi như thường lệ (2.460; 96,3). Tỷ lệ ghi số phần trăm từ 0 đến 100. Ngày ghi dạng 01/03/2021.",
  "Bảng có số dòng thay đổi: điền vào các dòng trống bên dưới, dòng thừa để trống; cần thêm dòng thì chèn dòng phía trên dòng tổng.",
  "Ô dạng “85 (khối văn phòng 57, đơn vị sự nghiệp 28)” ghi tổng và các phần trong ngoặc, đúng như trong báo cáo.",
  "Có thể đổi tên trang tính, đổi thứ tự các dòng, thêm cột ghi chú: phần mềm nhận bảng theo dòng tiêu đề và tên dòng.",
  "Điền xong, gửi lại tệp cho bộ phận tổng hợp để nhập vào báo cáo (trong Word: Nguồn số liệu → Nhập từ tệp Excel).",
];

const iso = (d: CivilDate) => toIsoDate(d);

/**
 * The cover sheet: who and what period the workbook is for, the data window, the template and its version,
 * and how to fill it. The period, agency and template are also written as codes in a hidden column, so that
 * a workbook whose visible text was retyped still imports for the right report.
 */
export function planCoverSheet(context: LabelContext): SheetPlan {
  const { template, period, figures, agency } = context;
  const window = reportDataWindow(period, figures.dataWindow);
  const cells: PlannedCell[] = [];
  const heights = new Map<number, number>();
  const dateInput = { validation: { kind: "date" as const }, prompt: "Ngày, ví dụ 01/03/2021.", error: "Ô này cần một ngày." };
  cells.push({ row: 0, col: 0, value: "SỐ LIỆU BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", style: "title" });
  const lines: [string, PlannedCell["value"], string | undefined, boolean][] = [
    [COVER_LABELS.agency, `${agency.agencyName} tỉnh ${agency.province}`, agency.id, false],
    [COVER_LABELS.period, periodLabel(period, template.houseStyle), formatPeriodCode(period), false],
    [COVER_LABELS.from, { date: iso(window.from) }, undefined, true],
    [COVER_LABELS.to, { date: iso(window.to) }, undefined, true],
    [COVER_LABELS.asOf, figures.asOfDate ? { date: figures.asOfDate } : null, undefined, true],
    [COVER_LABELS.template, `${template.title.vi} (phiên bản ${template.version})`, template.id, false],
  ];
  lines.forEach(([label, value, id, editable], i) => {
    const row = 2 + i;
    cells.push({ row, col: 0, value: label, style: "coverLabel" });
    cells.push(
      editable
        ? { row, col: 1, value, style: "input", numFmt: "dd/mm/yyyy", input: dateInput }
        : { row, col: 1, value, style: "coverValue" },
    );
    if (id !== undefined) cells.push({ row, col: 2, value: id, style: "id" });
  });
  const guide = 2 + lines.length + 1;
  cells.push({ row: guide, col: 0, value: "Hướng dẫn điền số liệu", style: "title" });
  HOW_TO_FILL.forEach((text, i) => {
    cells.push({ row: guide + 1 + i, col: 0, value: `${i + 1}. ${text}`, style: "note" });
    heights.set(guide + 1 + i, rowHeight(text, 100));
  });
  return {
    name: COVER_SHEET,
    role: "cover",
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }, ...HOW_TO_FILL.map((_, i) => ({ top: guide + 1 + i, left: 0, bottom: guide + 1 + i, right: 1 }))],
    widths: [28, 75, 20],
    hiddenColumns: [2],
    heights,
    frozenRows: 0,
  };
}
