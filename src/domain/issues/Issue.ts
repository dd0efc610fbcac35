/**
 * A problem found in user data: a stable code, the place it concerns and the values its message needs.
 * Issues are values, never exceptions; wording lives in `messages.vi.ts` and `messages.en.ts`.
 */
export type IssueCode =
  // figures: shape and values
  | "figures.invalidJson"
  | "figures.required"
  | "figures.unknownKey"
  | "figures.notANumber"
  | "figures.notAnInteger"
  | "figures.negative"
  | "figures.percentOver100"
  | "figures.tooLarge"
  | "figures.tooLong"
  | "figures.notText"
  | "figures.notInEnum"
  | "figures.badDate"
  | "figures.badPeriod"
  | "figures.wrongTemplate"
  | "figures.rowCount"
  | "figures.invalidType"
  | "figures.computedNotInput"
  | "figures.unknownTable"
  // consistency rules (template-spec §3, §4)
  | "check.sumMismatch"
  | "check.partExceedsWhole"
  | "check.progressiveDecrease"
  | "check.crossFieldMismatch"
  | "check.ratioMismatch"
  | "check.totalOverEmpty"
  | "check.ratioOverWhole"
  | "check.printedMismatch"
  // paste import
  | "paste.empty"
  | "paste.tooMuch"
  | "paste.unknownTable"
  | "paste.ambiguousTable"
  | "paste.columnCount"
  | "paste.badNumber"
  | "paste.ambiguousNumber"
  | "paste.unknownLabel"
  | "paste.ambiguousLabel"
  | "paste.unknownRow"
  | "paste.duplicateKey"
  | "paste.tableMismatch"
  | "paste.rowCount"
  | "paste.notAnInteger"
  | "paste.negative"
  | "paste.percentOver100"
  | "paste.tooLarge"
  | "paste.percentInCount"
  | "paste.notInEnum"
  | "paste.compositeCell"
  | "paste.badRatio"
  | "paste.badDate"
  | "paste.ambiguousRow"
  | "paste.duplicateRow"
  | "paste.unknownColumn"
  | "paste.totalMismatch"
  | "paste.computedMismatch"
  | "paste.computedField"
  | "paste.unsupportedJson"
  | "paste.noData"
  // workbook import (.xlsx)
  | "workbook.unreadable"
  | "workbook.noTables"
  | "workbook.unknownSheet"
  | "workbook.duplicateTable"
  | "workbook.formulaNoValue"
  | "workbook.errorValue"
  | "workbook.otherPeriod"
  | "workbook.otherAgency"
  | "workbook.noPeriod"
  | "workbook.tooLarge"
  // document
  | "doc.missingControl"
  | "doc.duplicateControl"
  | "doc.orphanControl"
  | "doc.handEdited"
  | "doc.overridden"
  | "doc.noMetadata"
  | "doc.templateMismatch"
  | "doc.periodMismatch"
  | "doc.notAdopted"
  | "doc.metadataDamaged"
  // adopting a report the add-in did not make
  | "adopt.sectionNotFound"
  | "adopt.sectionWeak"
  | "adopt.tableNotFound"
  | "adopt.tableRows"
  | "adopt.tableCells"
  | "adopt.cellParagraphs"
  | "adopt.figureNotFound"
  | "adopt.figureWeak"
  | "adopt.periodOther"
  | "adopt.spellingVariant"
  | "adopt.notThisTemplate"
  | "adopt.noPeriod"
  | "adopt.alreadyManaged"
  // readiness before signing
  | "ready.missingFigure"
  | "ready.placeholderLeft"
  | "ready.stalePeriod"
  | "ready.blankForClerk"
  | "ready.blankMark"
  | "ready.pageSetupByHand"
  | "ready.pageSetupWrong";

export type Severity = "error" | "warning" | "info";

export type IssuePath = readonly (string | number)[];

export type IssueParams = Readonly<Record<string, string | number>>;

export type Issue = {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly params?: IssueParams;
  /** Defaults to "error": anything that must be fixed before the data is used. */
  readonly severity?: Severity;
};

/** The result of a phase that can find problems in user data: a value when usable, and every issue at once. */
export type Result<T> =
  | { readonly value: T; readonly issues: readonly Issue[] }
  | { readonly value: undefined; readonly issues: readonly Issue[] };

export const issue = (code: IssueCode, path: IssuePath, params?: IssueParams, severity?: Severity): Issue =>
  severity === undefined
    ? params === undefined
      ? { code, path }
      : { code, path, params }
    : { code, path, ...(params === undefined ? {} : { params }), severity };

export const hasErrors = (issues: readonly Issue[]): boolean =>
  issues.some((i) => (i.severity ?? "error") === "error");
