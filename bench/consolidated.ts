/**
 * A province-wide consolidated report, synthetic: the shipped template with every table repeated for 30
 * agencies, each copy in the same section right after its original, and figures for every copy (the fixture's
 * rows, varied a little per agency). Prose fields occur once. About 30 times the controls of the shipped report,
 * which is what DESIGN.md's sync budget must survive ("whatever the number of sections, figures and tables").
 *
 * Copy ids stay /^T\d+$/ because cell tags are `bc:fig:T201.r1.c4`: T1 → T101…T130, T2 → T201…T230,
 * T10 → T1001…T1030, T11 → T1101…T1130 (no two collide: the suffix is always two digits).
 */
import type { CellValue, Figures } from "../src/domain/figures/schema";
import { inputColumns } from "../src/domain/template/inputColumns";
import type { Block, Section, TableDef, TableId, Template } from "../src/domain/template/types";

export const CONSOLIDATED_AGENCIES = 30;

/** @example copyId("T2", 1) // → "T201"; copyId("T10", 30) // → "T1030" */
export const copyId = (tableId: TableId, agency: number): TableId =>
  `${tableId}${String(agency).padStart(2, "0")}`;

function expandBody(body: readonly Block[], agencies: number): Block[] {
  return body.flatMap((block): Block[] =>
    block.kind === "table"
      ? [
          block,
          ...Array.from({ length: agencies }, (_, i) => ({
            kind: "table" as const,
            table: copyId(block.table, i + 1),
          })),
        ]
      : [block],
  );
}

function expandSection(section: Section, agencies: number): Section {
  return {
    ...section,
    body: expandBody(section.body, agencies),
    children: section.children.map((child) => expandSection(child, agencies)),
  };
}

/** The shipped template with every table repeated for `agencies` agencies; a distinct id, so no one takes it for the shipped one. */
export function consolidatedTemplate(base: Template, agencies = CONSOLIDATED_AGENCIES): Template {
  const tables: Record<TableId, TableDef> = {};
  for (const [id, table] of Object.entries(base.tables)) {
    tables[id] = table;
    for (let n = 1; n <= agencies; n += 1) {
      const copy = copyId(id, n);
      if (base.tables[copy])
        throw new Error(`consolidated: copy id ${copy} collides with a table of the template`);
      tables[copy] = {
        ...table,
        id: copy,
        title: { vi: `${table.title.vi} (đơn vị ${n})`, en: `${table.title.en} (agency ${n})` },
      };
    }
  }
  return {
    ...base,
    id: `${base.id}-consolidated${agencies}`,
    title: {
      vi: `${base.title.vi} — tổng hợp ${agencies} đơn vị`,
      en: `${base.title.en} — ${agencies} agencies consolidated`,
    },
    sections: base.sections.map((section) => expandSection(section, agencies)),
    tables,
  };
}

/** A row of agency `n`: every integer input moved by a small amount that depends on the agency, row and column. */
function varyRow(
  table: TableDef,
  row: Readonly<Record<string, CellValue>>,
  at: { agency: number; row: number },
): Record<string, CellValue> {
  const out: Record<string, CellValue> = { ...row };
  inputColumns(table).forEach((column, k) => {
    const value = out[column.key];
    if (column.kind === "integer" && typeof value === "number")
      out[column.key] = value + ((at.agency * 3 + at.row + k) % 7);
  });
  return out;
}

/**
 * The figures of the consolidated report (`template` is the one `consolidatedTemplate` made): the shipped
 * figures, plus each table's rows varied for every agency.
 */
export function consolidatedFigures(
  base: Figures,
  template: Template,
  agencies = CONSOLIDATED_AGENCIES,
): Figures {
  const tables: Record<string, { rows: Record<string, CellValue>[] }> = {};
  for (const [id, figures] of Object.entries(base.tables)) {
    tables[id] = { rows: figures.rows.map((row) => ({ ...row })) };
    const def = template.tables[id];
    if (!def) continue;
    for (let n = 1; n <= agencies; n += 1) {
      tables[copyId(id, n)] = {
        rows: figures.rows.map((row, r) => varyRow(def, row, { agency: n, row: r })),
      };
    }
  }
  return { ...base, template: template.id, tables };
}
