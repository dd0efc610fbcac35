import type { IssueCode, IssueParams } from "./Issue";

/** A number for a message the en-US way: "999,999,999,999". */
const enFigure = (n: string | number | undefined) => (typeof n === "number" ? n.toLocaleString("en-US") : (n ?? ""));

/** How each issue reads in English, the add-in's second language. */
export const messagesEn: Readonly<Record<IssueCode, (place: string, p: IssueParams) => string>> = {
  "figures.invalidJson": (_, p) =>
    p.at === undefined ? "The pasted data is not valid JSON." : `The pasted data is not valid JSON: it breaks at character ${p.at}.`,
  "figures.required": (place) => `${place}: a required value is missing.`,
  "figures.unknownKey": (place) => `${place}: not part of the report template.`,
  "figures.unknownTable": (place) => `${place}: the template has no such table.`,
  "figures.notANumber": (place, p) => `${place}: a number is due, got “${p.value ?? ""}”.`,
  "figures.notAnInteger": (place, p) => `${place}: a whole number is due, got ${p.value}.`,
  "figures.negative": (place, p) => `${place}: must not be negative (${p.value}).`,
  "figures.percentOver100": (place, p) => `${place}: a percentage over 100% (${p.value}).`,
  "figures.notText": (place) => `${place}: text is due.`,
  "figures.tooLarge": (place, p) => `${place}: the number is too large (${p.value ?? ""}); at most ${enFigure(p.limit)}.`,
  "figures.tooLong": (place, p) =>
    `${place}: ${enFigure(p.actual)} characters long, at most ${enFigure(p.limit)}.`,
  "figures.notInEnum": (place, p) =>
    `${place}: “${p.value}” is not one of the allowed values (${p.options}).`,
  "figures.badDate": (place, p) => `${place}: invalid date (${p.value ?? ""}).`,
  "figures.badPeriod": (place, p) =>
    `${place}: invalid period (${p.value ?? ""}); use 2021-Q1, 2021-H1, 2021-M9 or 2021-Y.`,
  "figures.wrongTemplate": (place, p) => `${place}: figures for template “${p.actual}”, not “${p.expected}”.`,
  "figures.rowCount": (place, p) => `${place}: ${p.expected} data rows are due, got ${p.actual}.`,
  "figures.invalidType": (place, p) =>
    `${place}: wrong type${p.expected ? ` (expected ${p.expected})` : ""}.`,
  "figures.computedNotInput": (place) => `${place}: computed by the add-in; it is not input.`,
  "check.sumMismatch": (place, p) =>
    `${place}: the total does not add up (${p.expected ?? ""} ≠ ${p.actual ?? ""}).`,
  "check.partExceedsWhole": (place, p) =>
    `${place}: ${p.part ?? "the part"} (${p.partValue ?? ""}) exceeds ${p.whole ?? "the whole"} (${p.wholeValue ?? ""}).`,
  "check.progressiveDecrease": (place, p) =>
    `${place}: the year-to-date figure falls from ${p.from ?? ""} (${p.fromValue ?? ""}) to ${p.to ?? ""} (${p.toValue ?? ""}).`,
  "check.crossFieldMismatch": (place, p) =>
    `${place}: does not match ${p.other ?? ""} (${p.value ?? ""} ≠ ${p.otherValue ?? ""}).`,
  "check.ratioMismatch": (place, p) =>
    `${place}: the rate ${p.value ?? ""} does not match ${p.expected ?? ""}.`,
  "check.totalOverEmpty": (place, p) =>
    `${place}: the total is ${p.value ?? ""} but every cell above is empty.`,
  "check.ratioOverWhole": (place, p) =>
    `${place}: the numerator (${p.num ?? ""}) exceeds the denominator (${p.den ?? ""}).`,
  "paste.empty": () => `Nothing was pasted.`,
  "paste.tooMuch": (_, p) => `The paste is too large (over ${p.limit ?? ""} KB); paste one table at a time.`,
  "paste.unknownTable": (place, p) =>
    p.table
      ? `The template has no table “${p.table}”.`
      : `${place}: the header matches no table of the template.`,
  "paste.ambiguousTable": (place, p) =>
    `${place}: could be several tables (${p.candidates ?? ""}); choose one.`,
  "paste.columnCount": (place, p) => `${place}: ${p.expected} columns are due, got ${p.actual}.`,
  "paste.badNumber": (place, p) => `${place}: “${p.value ?? ""}” is not a number.`,
  "paste.ambiguousNumber": (place, p) =>
    `${place}: “${p.value ?? ""}” could mean ${p.first ?? ""} or ${p.second ?? ""}; write it unambiguously.`,
  "paste.unknownLabel": (place, p) =>
    `${place}: no figure of the template is called “${p.label ?? ""}”${p.candidates ? ` (close: ${p.candidates})` : ""}.`,
  "paste.ambiguousLabel": (place, p) =>
    `${place}: “${p.label ?? ""}” matches several figures (${p.candidates ?? ""}).`,
  "paste.unknownRow": (place, p) => `${place}: the row “${p.label ?? ""}” is not recognised.`,
  "paste.duplicateKey": (place, p) => `${place}: “${p.key ?? ""}” appears more than once.`,
  "paste.tableMismatch": (place, p) =>
    `${place}: the header is table ${p.found ?? ""}'s, not table ${p.table ?? ""}'s.`,
  "paste.rowCount": (place, p) =>
    `${place}: table ${p.table ?? ""} has ${p.expected} data rows, the paste has ${p.actual}.`,
  "paste.notAnInteger": (place, p) => `${place}: a whole number is due, got “${p.value ?? ""}”.`,
  "paste.negative": (place, p) => `${place}: must not be negative (“${p.value ?? ""}”).`,
  "paste.percentOver100": (place, p) => `${place}: a percentage over 100% (“${p.value ?? ""}”).`,
  "paste.tooLarge": (place, p) => `${place}: the number is too large (“${p.value ?? ""}”); at most ${enFigure(p.limit)}.`,
  "paste.percentInCount": (place, p) => `${place}: “${p.value ?? ""}” is a percentage; this column counts.`,
  "paste.notInEnum": (place, p) =>
    `${place}: “${p.value ?? ""}” is not one of the allowed values (${p.options ?? ""}).`,
  "paste.compositeCell": (place, p) => `${place}: “${p.value ?? ""}” should read like “${p.example ?? ""}”.`,
  "paste.badRatio": (place, p) =>
    `${place}: “${p.value ?? ""}” should be numerator/denominator, e.g. 116/116.`,
  "paste.badDate": (place, p) => `${place}: “${p.value ?? ""}” is not a date (write 02/03/2021).`,
  "paste.ambiguousRow": (place, p) =>
    `${place}: “${p.label ?? ""}” matches several rows of the table (rows ${p.candidates ?? ""}); paste the group row above it too.`,
  "paste.duplicateRow": (place, p) => `${place}: the row “${p.label ?? ""}” is pasted more than once.`,
  "paste.unknownColumn": (place, p) =>
    `${place}: a column the table's header does not name; “${p.value ?? ""}” is not read.`,
  "paste.totalMismatch": (place, p) =>
    `${place}: the total row says “${p.actual ?? ""}” but the rows add up to ${p.expected ?? ""}.`,
  "paste.computedMismatch": (place, p) =>
    `${place}: the computed cell says “${p.actual ?? ""}” but the figures give ${p.expected ?? ""}; the add-in computes it.`,
  "paste.computedField": (place, p) =>
    `${place}: “${p.key ?? ""}” is computed by the add-in; it is not input.`,
  "paste.unsupportedJson": (place) =>
    `${place}: JSON of the wrong shape (a Figures object, { table, rows } or { figure: value } is due).`,
  "paste.noData": (_, p) => `The paste holds table ${p.table ?? ""}'s header and no figures.`,
  "workbook.unreadable": (_, p) => `“${p.file ?? ""}” is not a readable Excel workbook (.xlsx)${p.detail ? `: ${p.detail}` : ""}.`,
  "workbook.noTables": () => `No sheet of the workbook is a table or the list of figures of the report (recognised by their header rows).`,
  "workbook.unknownSheet": (place) => `${place}: this sheet is no table of the report; it is left out.`,
  "workbook.duplicateTable": (place, p) => `${place}: the table “${p.title ?? ""}” is already on the sheet “${p.other ?? ""}”; keep one sheet per table.`,
  "workbook.formulaNoValue": (place, p) =>
    `${place}: the cell holds the formula “=${p.formula ?? ""}” but no calculated value; open the file in Excel, recalculate (F9) and save, or type the number.`,
  "workbook.errorValue": (place, p) => `${place}: the cell shows the error ${p.value ?? ""}; fix the formula or type the number.`,
  "workbook.otherPeriod": (place, p) => `${place}: the workbook holds the figures of ${p.actual ?? ""}, not ${p.expected ?? ""}.`,
  "workbook.otherAgency": (place, p) => `${place}: the workbook holds the figures of “${p.actual ?? ""}”, not “${p.expected ?? ""}”.`,
  "workbook.noPeriod": () => `The workbook has no “Thông tin chung” sheet naming the period and the agency; use a workbook exported by the add-in or name the period.`,
  "workbook.tooLarge": (place, p) => `${place}: ${p.actual ?? ""} rows, over the limit of ${p.limit ?? ""}.`,
  "check.printedMismatch": (place, p) =>
    `${place}: the document prints “${p.printed ?? ""}”, but its own figures give “${p.expected ?? ""}”.`,
  "doc.missingControl": (place) => `${place}: not found in the document (it may have been deleted).`,
  "doc.duplicateControl": (place, p) => `${place}: appears ${p.count ?? "several"} times in the document.`,
  "doc.orphanControl": (place) => `${place}: not part of the report template.`,
  "doc.handEdited": (place, p) => `${place}: edited by hand (“${p.written ?? ""}” → “${p.current ?? ""}”).`,
  "doc.overridden": (place, p) =>
    `${place}: hand-typed figure kept, “${p.value ?? ""}” (instead of “${p.replaced ?? ""}”, on ${p.date ?? ""}); what is computed from it was recomputed.`,
  "doc.noMetadata": () => `The document has no baocao data (the report template was not inserted).`,
  "doc.templateMismatch": (_, p) =>
    `The document uses template “${p.actual ?? ""}”, not “${p.expected ?? ""}”.`,
  "doc.periodMismatch": (_, p) =>
    `The figures are for ${p.actual ?? ""}, the document is at ${p.expected ?? ""}; to move to another period, use “Move to the next period”.`,
  "doc.metadataDamaged": (_, p) =>
    `The document's baocao data (${PART_EN[String(p.part)] ?? String(p.part ?? "")}) is damaged: ${DAMAGE_EN[String(p.reason)] ?? String(p.reason ?? "")}. Nothing was written; use an earlier copy of the document, or adopt the report again (baocao adopt) once the damaged part is removed.`,
  "doc.notAdopted": () => `This document has no baocao content controls: adopt it as an old report (baocao adopt) or insert a new report.`,
  "adopt.sectionNotFound": (place, p) => `${place}: heading “${p.heading ?? ""}” not found.`,
  "adopt.sectionWeak": (place, p) => `${place}: “${p.text ?? ""}” looks like the heading but not surely; confirm it.`,
  "adopt.tableNotFound": (place) => `${place}: no table with the template’s header rows was found.`,
  "adopt.tableRows": (place, p) => `${place}: has ${p.actual ?? ""} body rows, the template needs ${p.expected ?? ""}; table left as it is.`,
  "adopt.tableCells": (place, p) => `${place}: has ${p.actual ?? ""} cells, the template needs ${p.expected ?? ""}; row left as it is.`,
  "adopt.cellParagraphs": (place) => `${place}: the cell holds several paragraphs; its figure was not read.`,
  "adopt.figureNotFound": (place, p) => `${place}: the sentence with “${p.words ?? ""}” (${p.title ?? ""}) was not found.`,
  "adopt.figureWeak": (place, p) => `${place}: “${p.text ?? ""}” may be ${p.title ?? ""} (the sentence with “${p.words ?? ""}” was reworded); confirm it.`,
  "adopt.periodOther": (place, p) => `${place}: “${p.text ?? ""}” names another period than the report's (an outdated period phrase); left alone, Checks lists it.`,
  "adopt.spellingVariant": (place, p) => `${place}: “${p.text ?? ""}” (${p.title ?? ""}) is written differently elsewhere in the report (“${p.chosen ?? ""}”); left alone, not refreshed.`,
  "adopt.notThisTemplate": (_, p) => `This document is not a report of the template “${p.template ?? ""}” (only ${p.sections ?? 0} headings and ${p.tables ?? 0} tables recognised).`,
  "adopt.noPeriod": () => `The title does not name one reporting period: give the period (--period, e.g. 2021-Q1).`,
  "adopt.alreadyManaged": () => `This document is already a baocao report (it has baocao controls or data): nothing to adopt.`,
  "ready.missingFigure": (place) => `${place}: figure missing.`,
  "ready.placeholderLeft": (place, p) => `${place}: a placeholder is left (“${p.text ?? ""}”).`,
  "ready.stalePeriod": (place, p) =>
    `${place}: “${p.text ?? ""}” does not fit the reporting period ${p.period ?? ""}.`,
  "ready.blankForClerk": (place) => `${place}: left blank for the records clerk to fill in at registration.`,
  "ready.blankMark": (place, p) =>
    `${place}: blank, printed as “${p.mark ?? ""}”; fill it in, or delete the mark if it is meant to stay blank.`,
  "ready.pageSetupByHand": (_, p) => `This Word does not let the add-in set up the page; set it by hand: ${pageItemEn(p)}.`,
  "ready.pageSetupWrong": (_, p) => `The page does not follow Decree 30 yet: set ${pageItemEn(p)}.`,
};

/** Decree 30's page items, as found in Word (Layout › Margins, Size; Header › Different First Page). */
function pageItemEn(p: Readonly<Record<string, string | number>>): string {
  if (p.item === "paper") return "A4 paper (Layout › Size › A4)";
  if (p.item === "margins")
    return `margins top ${p.top} mm, bottom ${p.bottom} mm, left ${p.left} mm, right ${p.right} mm (Layout › Margins › Custom Margins)`;
  return "no number on the first page: tick “Different First Page” (double-click the header › Different First Page)";
}

const DAMAGE_EN: Readonly<Record<string, string>> = {
  notWellFormed: "it is not well-formed XML",
  invalidJson: "an entry cannot be read (invalid JSON)",
  badPeriod: "the report period it records does not exist",
  incomplete: "a part of it is missing (its head or a continuation)",
};

const PART_EN: Readonly<Record<string, string>> = {
  customXml: "baocao's custom XML part",
  properties: "the custom properties baocao.m.* / baocao.meta.*",
};
