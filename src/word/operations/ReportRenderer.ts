import type { TableRowsLayout } from "../../domain/render";
import type { Figures } from "../../domain/figures/schema";
import type { Period } from "../../domain/period";
import type { AgencyProfile, Template } from "../../domain/template/types";

/** Everything that decides what a report shows. */
export type ReportInput = {
  readonly template: Template;
  readonly figures: Figures;
  readonly agency: AgencyProfile;
  readonly period: Period;
};

/** What a report should show, control by control: from `src/domain/render`. */
export type ReportContent = {
  /** Tag → text, for every figure, period, header and table-cell control. */
  readonly texts: ReadonlyMap<string, string>;
  /** Data rows per table. */
  readonly rows: ReadonlyMap<string, number>;
};

/** The pure renderer the operations use (the shipped one is `src/domain/render`). */
export type ReportRenderer = {
  readonly content: (input: ReportInput) => ReportContent;
  readonly report: (input: ReportInput) => string;
  readonly table: (input: ReportInput, tableId: string) => string;
  /** The rows of a table, for changing their number through the Table API. */
  readonly tableRows: (input: ReportInput, tableId: string) => TableRowsLayout;
  /** The page-number paragraph of the header, as Flat OPC. */
  readonly pageHeader: () => string;
};
