import { formatDecimal } from "../format/formatDecimal";
import { parsePeriod, periodLabel, periodLabelEn } from "../period";
import { parseCellName } from "../tags/tags";
import { agencies } from "../template/agencies";
import { templates } from "../template/registry";
import type { Template } from "../template/types";
import { describePlace, tableName, type Lang } from "./describePlace";
import type { IssueParams } from "./Issue";

/**
 * An issue's values as the clerk reads them: the codes the software keeps in an issue (a table id, a cell
 * "T3.r2.c3" or column "T9.c7", a field key, a period code, a template or agency id) named as the printed
 * report names them. Everything else (numbers, the clerk's own text) is left as it is.
 *
 * @example plainParams({ other: "T9.c7", value: 1000 }, template, "vi").other // → "bảng “Văn bản điện tử”, cột “Gửi”"
 */
export function plainParams(params: IssueParams, template: Template | undefined, lang: Lang): IssueParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = typeof value === "string" ? plainValue(value, template, lang) : plainNumber(value, lang);
  return out;
}

/**
 * A number that is not whole is written the language's way, to at most 6 decimals: a sum of binary fractions
 * reads "2.460,3" (English "2,460.3"), never "2460.2999999999997". Whole numbers are left to the message, which
 * knows whether they are counts, years or character positions.
 */
function plainNumber(value: number, lang: Lang): string | number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return lang === "vi" ? formatDecimal(value, 6, { trailingZeros: "trim" }) : value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function plainValue(value: string, template: Template | undefined, lang: Lang): string {
  const cell = parseCellName(value);
  if (cell && template?.tables[cell.table]) {
    const path = cell.row === "total" ? ["tables", cell.table, "rTotal", "rTotal", cell.column] : ["tables", cell.table, "rows", cell.row - 1, cell.column];
    return lowerFirst(describePlace(path, template, lang));
  }
  const column = /^(T\d+)\.(\w+)$/.exec(value);
  if (column && template?.tables[column[1] ?? ""]) {
    const [, table = "", key = ""] = column;
    return `${tableName(template, table, lang, false)}${columnWords(template, table, key, lang)}`;
  }
  if (template?.tables[value]) return `“${template.tables[value]?.title[lang] ?? value}”`;
  if (template?.fields[value]) return template.fields[value]?.label[lang] ?? value;
  const known = templates.find((t) => t.id === value);
  if (known) return known.title[lang];
  const agency = agencies.find((a) => a.id === value);
  if (agency) return `${agency.agencyName} ${agency.province}`;
  const period = /^\d{4}-(Q1|H1|M9|Y)$/.test(value) ? parsePeriod(value) : undefined;
  if (period && "value" in period) return lang === "vi" ? periodLabel(period.value) : periodLabelEn(period.value);
  return value;
}

function columnWords(template: Template, table: string, key: string, lang: Lang): string {
  const label = template.tables[table]?.columns.find((c) => c.key === key)?.label[lang];
  return label ? `, ${lang === "vi" ? "cột" : "column"} “${label}”` : "";
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
