import type { Figures } from "../figures/schema";
import { formatPeriodCode, type Period } from "../period";
import type { AgencyProfile, Template } from "../template/types";
import type { LabelContext } from "./inlineText";
import { planCoverSheet } from "./planCoverSheet";
import { planFieldsSheet } from "./planFieldsSheet";
import { planTableSheet } from "./planTableSheet";
import type { WorkbookPlan } from "./WorkbookPlan";

export type PlanWorkbookInput = {
  readonly template: Template;
  readonly agency: AgencyProfile;
  readonly period: Period;
  /** The figures to fill in (this period's, or last period's for reference); empty without. */
  readonly figures?: Figures;
  /** Empty rows under a variable table's rows, for the division to fill. Default 20. */
  readonly blankRows?: number;
};

/**
 * The figures workbook of a period, as data: a cover, the figures in prose, then one sheet per table in the
 * report's order.
 *
 * @example planWorkbook({ template, agency, period: { year: 2021, kind: "Q1" } }).sheets.map((s) => s.name)
 * // → ["Thông tin chung", "Chỉ tiêu", "Bảng 1. Tình hình thực hiện liên", …]
 */
export function planWorkbook(input: PlanWorkbookInput): WorkbookPlan {
  const { template, agency, period } = input;
  const figures: Figures = input.figures ?? {
    template: template.id,
    agency: agency.id,
    period: formatPeriodCode(period),
    fields: {},
    tables: {},
  };
  const context: LabelContext = { template, agency, period, figures };
  const tables = Object.values(template.tables).map((table, i) => planTableSheet(table, i, context, input.blankRows ?? 20));
  return {
    sheets: [planCoverSheet(context), planFieldsSheet(template, figures.fields), ...tables],
    title: `Số liệu báo cáo CCHC — ${agency.agencyName}`,
    subject: formatPeriodCode(period),
    keywords: `baocao ${template.id} ${template.version}`,
  };
}
