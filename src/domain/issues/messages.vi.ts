import { formatDecimal } from "../format/formatDecimal";
import type { IssueCode, IssueParams } from "./Issue";

/** A number from a message's params the vi-VN way: decimal comma, no grouping (so "1234" cannot be misread). */
const viNumber = (n: string | number | undefined) =>
  typeof n === "number" ? String(n).replace(".", ",") : (n ?? "");

/** A computed figure for a message, written as the report writes it: "2.555", "96,3". */
const viFigure = (n: string | number | undefined) =>
  typeof n === "number" ? formatDecimal(n, 6, { trailingZeros: "trim" }) : (n ?? "");

/** How each issue reads in Vietnamese. `place` names the field or the table/row/column; params fill the rest. */
export const messagesVi: Readonly<Record<IssueCode, (place: string, p: IssueParams) => string>> = {
  "figures.invalidJson": (_, p) =>
    p.at === undefined ? "Dữ liệu dán không phải JSON hợp lệ." : `Dữ liệu dán không phải JSON hợp lệ: sai ở ký tự thứ ${p.at}.`,
  "figures.required": (place) => `${place}: thiếu giá trị bắt buộc.`,
  "figures.unknownKey": (place) => `${place}: không có trong mẫu báo cáo.`,
  "figures.unknownTable": (place) => `${place}: mẫu báo cáo không có bảng này.`,
  "figures.notANumber": (place, p) => `${place}: cần một số, nhận được “${p.value ?? ""}”.`,
  "figures.notAnInteger": (place, p) => `${place}: cần một số nguyên, nhận được ${p.value}.`,
  "figures.negative": (place, p) => `${place}: không được âm (${p.value}).`,
  "figures.percentOver100": (place, p) => `${place}: tỷ lệ vượt quá 100% (${p.value}).`,
  "figures.notText": (place) => `${place}: cần nội dung dạng chữ.`,
  "figures.tooLarge": (place, p) =>
    `${place}: số quá lớn (${p.value ?? ""}); tối đa ${viFigure(p.limit)}.`,
  "figures.tooLong": (place, p) =>
    `${place}: nội dung dài ${viFigure(p.actual)} ký tự, tối đa ${viFigure(p.limit)} ký tự.`,
  "figures.notInEnum": (place, p) =>
    `${place}: “${p.value}” không thuộc các giá trị cho phép (${p.options}).`,
  "figures.badDate": (place, p) => `${place}: ngày không hợp lệ (${p.value ?? ""}).`,
  "figures.badPeriod": (place, p) =>
    `${place}: kỳ báo cáo không hợp lệ (${p.value ?? ""}); dạng đúng: 2021-Q1, 2021-H1, 2021-M9, 2021-Y.`,
  "figures.wrongTemplate": (place, p) =>
    `${place}: số liệu dành cho mẫu “${p.actual}”, không phải “${p.expected}”.`,
  "figures.rowCount": (place, p) => `${place}: cần ${p.expected} dòng số liệu, nhận được ${p.actual}.`,
  "figures.invalidType": (place, p) =>
    `${place}: sai kiểu dữ liệu${p.expected ? ` (cần ${TYPE_VI[String(p.expected)] ?? String(p.expected)})` : ""}.`,
  "figures.computedNotInput": (place) =>
    `${place}: là số liệu tính toán, phần mềm tự tính; không nhập trực tiếp.`,
  "check.sumMismatch": (place, p) => `${place}: tổng không khớp (${p.expected ?? ""} ≠ ${p.actual ?? ""}).`,
  "check.partExceedsWhole": (place, p) =>
    `${place}: ${p.part ?? "số đã thực hiện"} (${p.partValue ?? ""}) lớn hơn ${p.whole ?? "tổng số"} (${p.wholeValue ?? ""}).`,
  "check.progressiveDecrease": (place, p) =>
    `${place}: số lũy kế giảm từ ${p.from ?? ""} (${p.fromValue ?? ""}) xuống ${p.to ?? ""} (${p.toValue ?? ""}).`,
  "check.crossFieldMismatch": (place, p) =>
    `${place}: không khớp với ${p.other ?? ""} (${p.value ?? ""} ≠ ${p.otherValue ?? ""}).`,
  "check.ratioMismatch": (place, p) => `${place}: tỷ lệ ${p.value ?? ""} không khớp với ${p.expected ?? ""}.`,
  "check.totalOverEmpty": (place, p) =>
    `${place}: dòng tổng là ${p.value ?? ""} nhưng các ô số liệu đều trống.`,
  "check.ratioOverWhole": (place, p) => `${place}: tử số (${p.num ?? ""}) lớn hơn mẫu số (${p.den ?? ""}).`,
  "paste.empty": () => `Nội dung dán vào đang trống.`,
  "paste.tooMuch": (_, p) => `Dữ liệu dán quá lớn (hơn ${p.limit ?? ""} KB); hãy dán từng bảng một.`,
  "paste.unknownTable": (place, p) =>
    p.table
      ? `Mẫu báo cáo không có bảng “${p.table}”.`
      : `${place}: không nhận ra bảng nào của mẫu báo cáo từ dòng tiêu đề.`,
  "paste.ambiguousTable": (place, p) =>
    `${place}: có thể là nhiều bảng (${p.candidates ?? ""}); hãy chọn bảng.`,
  "paste.columnCount": (place, p) => `${place}: cần ${p.expected} cột, nhận được ${p.actual}.`,
  "paste.badNumber": (place, p) => `${place}: “${p.value ?? ""}” không phải là số.`,
  "paste.ambiguousNumber": (place, p) =>
    `${place}: “${p.value ?? ""}” có thể hiểu là ${viNumber(p.first)} hoặc ${viNumber(p.second)}; hãy ghi rõ.`,
  "paste.unknownLabel": (place, p) =>
    `${place}: không tìm thấy chỉ tiêu “${p.label ?? ""}” trong mẫu báo cáo${p.candidates ? ` (gần giống: ${p.candidates})` : ""}.`,
  "paste.ambiguousLabel": (place, p) =>
    `${place}: “${p.label ?? ""}” khớp với nhiều chỉ tiêu (${p.candidates ?? ""}).`,
  "paste.unknownRow": (place, p) => `${place}: không nhận ra dòng “${p.label ?? ""}”.`,
  "paste.duplicateKey": (place, p) => `${place}: chỉ tiêu “${p.key ?? ""}” xuất hiện nhiều lần.`,
  "paste.tableMismatch": (place, p) =>
    `${place}: dòng tiêu đề là của bảng ${p.found ?? ""}, không phải bảng ${p.table ?? ""}.`,
  "paste.rowCount": (place, p) =>
    `${place}: bảng ${p.table ?? ""} có ${p.expected} dòng số liệu, nội dung dán có ${p.actual}.`,
  "paste.notAnInteger": (place, p) => `${place}: cần một số nguyên, nhận được “${p.value ?? ""}”.`,
  "paste.negative": (place, p) => `${place}: không được âm (“${p.value ?? ""}”).`,
  "paste.percentOver100": (place, p) => `${place}: tỷ lệ vượt quá 100% (“${p.value ?? ""}”).`,
  "paste.tooLarge": (place, p) => `${place}: số quá lớn (“${p.value ?? ""}”); tối đa ${viFigure(p.limit)}.`,
  "paste.percentInCount": (place, p) => `${place}: “${p.value ?? ""}” là tỷ lệ, cột này cần số lượng.`,
  "paste.notInEnum": (place, p) =>
    `${place}: “${p.value ?? ""}” không thuộc các giá trị cho phép (${p.options ?? ""}).`,
  "paste.compositeCell": (place, p) => `${place}: “${p.value ?? ""}” cần có dạng “${p.example ?? ""}”.`,
  "paste.badRatio": (place, p) => `${place}: “${p.value ?? ""}” cần có dạng tử số/mẫu số, ví dụ 116/116.`,
  "paste.badDate": (place, p) => `${place}: “${p.value ?? ""}” không phải là ngày (dạng đúng: 02/03/2021).`,
  "paste.ambiguousRow": (place, p) =>
    `${place}: “${p.label ?? ""}” khớp với nhiều dòng của bảng (dòng ${p.candidates ?? ""}); hãy dán kèm dòng nhóm ở trên.`,
  "paste.duplicateRow": (place, p) => `${place}: dòng “${p.label ?? ""}” được dán nhiều lần.`,
  "paste.unknownColumn": (place, p) =>
    `${place}: cột không có tiêu đề của bảng, số liệu “${p.value ?? ""}” không được đọc.`,
  "paste.totalMismatch": (place, p) =>
    `${place}: dòng tổng ghi “${p.actual ?? ""}” nhưng cộng các dòng được ${viFigure(p.expected)}.`,
  "paste.computedMismatch": (place, p) =>
    `${place}: ô tính toán ghi “${p.actual ?? ""}” nhưng tính từ số liệu được ${viFigure(p.expected)}; phần mềm sẽ tự tính.`,
  "paste.computedField": (place, p) =>
    `${place}: “${p.key ?? ""}” là số liệu tính toán, phần mềm tự tính; không nhập trực tiếp.`,
  "paste.unsupportedJson": (place) =>
    `${place}: JSON không đúng dạng (cần đối tượng Figures, { table, rows } hoặc { chỉ tiêu: giá trị }).`,
  "paste.noData": (_, p) => `Nội dung dán chỉ có dòng tiêu đề của bảng ${p.table ?? ""}, không có số liệu.`,
  "workbook.unreadable": (_, p) => `Tệp “${p.file ?? ""}” không phải sổ tính Excel (.xlsx) đọc được${p.detail ? `: ${p.detail}` : ""}.`,
  "workbook.noTables": () => `Sổ tính không có trang tính nào là bảng số liệu hay danh sách chỉ tiêu của báo cáo (nhận ra theo dòng tiêu đề).`,
  "workbook.unknownSheet": (place) => `${place}: không nhận ra trang tính này là bảng nào của báo cáo; trang tính này được bỏ qua.`,
  "workbook.duplicateTable": (place, p) => `${place}: bảng “${p.title ?? ""}” đã có ở trang tính “${p.other ?? ""}”; chỉ giữ một trang tính cho mỗi bảng.`,
  "workbook.formulaNoValue": (place, p) =>
    `${place}: ô có công thức “=${p.formula ?? ""}” nhưng chưa có kết quả tính; hãy mở tệp bằng Excel, tính lại (F9) và lưu, hoặc nhập số trực tiếp.`,
  "workbook.errorValue": (place, p) => `${place}: ô báo lỗi ${p.value ?? ""}; hãy sửa công thức hoặc nhập số.`,
  "workbook.otherPeriod": (place, p) => `${place}: sổ tính là số liệu ${p.actual ?? ""}, không phải ${p.expected ?? ""}.`,
  "workbook.otherAgency": (place, p) => `${place}: sổ tính là số liệu của “${p.actual ?? ""}”, không phải “${p.expected ?? ""}”.`,
  "workbook.noPeriod": () => `Sổ tính không có trang “Thông tin chung” ghi kỳ báo cáo và cơ quan; hãy dùng tệp xuất từ phần mềm hoặc chỉ rõ kỳ báo cáo.`,
  "workbook.tooLarge": (place, p) => `${place}: có ${p.actual ?? ""} dòng, quá giới hạn ${p.limit ?? ""} dòng.`,
  "check.printedMismatch": (place, p) =>
    `${place}: văn bản in “${p.printed ?? ""}”, nhưng tính từ các số liệu của văn bản thì phải là “${p.expected ?? ""}”.`,
  "doc.missingControl": (place) => `${place}: không tìm thấy trong văn bản (có thể đã bị xóa).`,
  "doc.duplicateControl": (place, p) => `${place}: xuất hiện ${p.count ?? "nhiều"} lần trong văn bản.`,
  "doc.orphanControl": (place) => `${place}: không thuộc mẫu báo cáo.`,
  "doc.handEdited": (place, p) => `${place}: đã được sửa tay (“${p.written ?? ""}” → “${p.current ?? ""}”).`,
  "doc.overridden": (place, p) =>
    `${place}: số liệu sửa tay được giữ “${p.value ?? ""}” (thay cho “${p.replaced ?? ""}”, ngày ${p.date ?? ""}); các số tính từ nó đã được tính lại.`,
  "doc.noMetadata": () => `Văn bản chưa có thông tin của baocao (chưa chèn mẫu báo cáo).`,
  "doc.templateMismatch": (_, p) => `Văn bản dùng mẫu “${p.actual ?? ""}”, không phải “${p.expected ?? ""}”.`,
  "doc.periodMismatch": (_, p) =>
    `Số liệu là của kỳ ${p.actual ?? ""}, còn văn bản đang ở kỳ ${p.expected ?? ""}; để sang kỳ mới, hãy dùng “Chuyển sang kỳ sau”.`,
  "doc.metadataDamaged": (_, p) =>
    `Thông tin của baocao trong văn bản (${PART_VI[String(p.part)] ?? String(p.part ?? "")}) bị hỏng: ${DAMAGE_VI[String(p.reason)] ?? String(p.reason ?? "")}. Không ghi gì; hãy dùng bản lưu trước đó của văn bản, hoặc nhận diện lại báo cáo (baocao adopt) sau khi xóa phần hỏng.`,
  "doc.notAdopted": () => `Văn bản này chưa có điều khiển nội dung của baocao: hãy nhận diện báo cáo cũ (baocao adopt) hoặc chèn báo cáo mới.`,
  "adopt.sectionNotFound": (place, p) => `${place}: không tìm thấy đề mục “${p.heading ?? ""}”.`,
  "adopt.sectionWeak": (place, p) => `${place}: đoạn “${p.text ?? ""}” giống đề mục nhưng chưa chắc chắn, cần xác nhận.`,
  "adopt.tableNotFound": (place) => `${place}: không tìm thấy bảng có dòng tiêu đề như mẫu.`,
  "adopt.tableRows": (place, p) => `${place}: có ${p.actual ?? ""} dòng số liệu, mẫu cần ${p.expected ?? ""}; bảng được giữ nguyên.`,
  "adopt.tableCells": (place, p) => `${place}: có ${p.actual ?? ""} ô, mẫu cần ${p.expected ?? ""}; dòng được giữ nguyên.`,
  "adopt.cellParagraphs": (place) => `${place}: ô có nhiều đoạn văn, không nhận diện được số liệu.`,
  "adopt.figureNotFound": (place, p) => `${place}: câu chứa “${p.words ?? ""}” (${p.title ?? ""}) không tìm thấy.`,
  "adopt.figureWeak": (place, p) => `${place}: “${p.text ?? ""}” có thể là ${p.title ?? ""} (câu chứa “${p.words ?? ""}” đã bị sửa), cần xác nhận.`,
  "adopt.periodOther": (place, p) => `${place}: “${p.text ?? ""}” nêu một kỳ khác kỳ của báo cáo (cụm từ chỉ kỳ đã cũ); để nguyên, mục Kiểm tra sẽ nêu.`,
  "adopt.spellingVariant": (place, p) => `${place}: “${p.text ?? ""}” (${p.title ?? ""}) viết khác với chỗ khác trong báo cáo (“${p.chosen ?? ""}”); để nguyên, không cập nhật.`,
  "adopt.notThisTemplate": (_, p) => `Văn bản này không phải báo cáo theo mẫu “${p.template ?? ""}” (chỉ nhận ra ${p.sections ?? 0} đề mục và ${p.tables ?? 0} bảng).`,
  "adopt.noPeriod": () => `Không xác định được kỳ báo cáo từ tiêu đề: hãy chỉ rõ kỳ báo cáo (--period, ví dụ 2021-Q1).`,
  "adopt.alreadyManaged": () => `Văn bản đã là báo cáo của baocao (đã có điều khiển nội dung hoặc thông tin của baocao): không cần nhận diện lại.`,
  "ready.missingFigure": (place) => `${place}: còn thiếu số liệu.`,
  "ready.placeholderLeft": (place, p) => `${place}: còn chỗ trống chưa điền (“${p.text ?? ""}”).`,
  "ready.stalePeriod": (place, p) =>
    `${place}: “${p.text ?? ""}” không khớp với kỳ báo cáo ${p.period ?? ""}.`,
  "ready.blankForClerk": (place) => `${place}: để trống cho văn thư điền khi đăng ký văn bản.`,
  "ready.blankMark": (place, p) =>
    `${place}: đang để trống, in dấu “${p.mark ?? ""}”; hãy điền, hoặc xoá dấu nếu ô này đúng là để trống.`,
  "ready.pageSetupByHand": (_, p) => `Word này không cho phần mềm đặt trang; hãy tự đặt: ${pageItemVi(p)}.`,
  "ready.pageSetupWrong": (_, p) => `Trang văn bản chưa đúng Nghị định 30: hãy đặt ${pageItemVi(p)}.`,
};

/** ND 30's page items, as the clerk finds them in Word (Bố cục › Lề, Khổ giấy; Đầu trang › Trang đầu khác). */
function pageItemVi(p: Readonly<Record<string, string | number>>): string {
  if (p.item === "paper") return "khổ giấy A4 (Bố cục › Khổ giấy › A4)";
  if (p.item === "margins")
    return `lề trên ${p.top} mm, lề dưới ${p.bottom} mm, lề trái ${p.left} mm, lề phải ${p.right} mm (Bố cục › Lề › Lề tùy chỉnh)`;
  return "trang đầu không đánh số: chọn “Trang đầu khác” (bấm đúp vào đầu trang › Trang đầu khác)";
}

const DAMAGE_VI: Readonly<Record<string, string>> = {
  notWellFormed: "không phải XML hợp lệ",
  invalidJson: "có mục không đọc được (JSON sai)",
  badPeriod: "kỳ báo cáo ghi trong đó không tồn tại",
  incomplete: "thiếu phần (thiếu mục đầu hoặc một đoạn nối tiếp)",
};

const PART_VI: Readonly<Record<string, string>> = {
  customXml: "phần dữ liệu XML tùy chỉnh của baocao",
  properties: "các thuộc tính tùy chỉnh baocao.m.* / baocao.meta.*",
};

const TYPE_VI: Readonly<Record<string, string>> = {
  object: "một đối tượng JSON { … }, không phải mảng hay một giá trị",
  string: "một chuỗi chữ trong dấu nháy",
  number: "một số",
  array: "một mảng [ … ]",
};
