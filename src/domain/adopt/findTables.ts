import { headerGrid } from "../render/headerGrid";
import type { AgencyProfile, HeaderCell, TableDef, Template } from "../template/types";
import { walkSections } from "../template/walkSections";
import type { ViewBlock, ViewTable } from "./DocumentView";
import { similarity, wordsOf } from "./foldText";
import { literalOf, piecesOf } from "./reportPattern";

/** A table of the document recognised as one of the template's. */
export type TableMatch = {
  readonly def: TableDef;
  readonly table: ViewTable;
  /** Its place among the document's blocks. */
  readonly position: number;
  readonly score: number;
};

/** The template's tables in the order its sections place them. */
const placedTableOrder = (template: Template): string[] =>
  walkSections(template.sections).flatMap(({ section }) =>
    section.body.flatMap((b) => (b.kind === "table" ? [b.table] : [])),
  );

/** How alike a header must be to count; below it a table is someone else's (the header block, the signatures). */
const MIN_SCORE = 0.6;

const headerLabels = (cells: readonly HeaderCell[], template: Template, agency: AgencyProfile): string[] =>
  cells.flatMap((c) => [
    literalOf(piecesOf(c.label, template, agency)),
    ...headerLabels(c.children ?? [], template, agency),
  ]);

/** The words of a table's header rows as the template prints them. */
export function templateHeaderWords(def: TableDef, template: Template, agency: AgencyProfile): string[] {
  return headerLabels(def.header, template, agency).flatMap(wordsOf);
}

/** The words of the document table's first rows, as many as the template's header has. */
const documentHeaderWords = (table: ViewTable, rows: number): string[] =>
  table.rows.slice(0, rows).flatMap((row) => row.flatMap(wordsOf));

/**
 * Recognises the template's tables among the document's by their header rows (merged cells and slightly
 * different wording allowed): every pair scored, the best pairs taken first, each table used once.
 *
 * @example findTables(view, cchcQuarterlySct, sctDongNai).map((m) => m.def.id) // → ["T1", "T2", …, "T11"]
 */
export function findTables(
  view: readonly ViewBlock[],
  template: Template,
  agency: AgencyProfile,
): TableMatch[] {
  const pairs: TableMatch[] = [];
  for (const def of Object.values(template.tables)) {
    const expected = templateHeaderWords(def, template, agency);
    const depth = headerGrid(def.header).rows;
    view.forEach((block, position) => {
      if (block.kind !== "table") return;
      const score = similarity(expected, documentHeaderWords(block, depth));
      if (score >= MIN_SCORE) pairs.push({ def, table: block, position, score });
    });
  }
  // Equal headers (a consolidated report repeats each table per agency) go by order: the n-th such table of
  // the document is the n-th of the template.
  const defRank = new Map(placedTableOrder(template).map((id, i) => [id, i]));
  const tableRank = new Map(
    view.flatMap((b, i) => (b.kind === "table" ? [i] : [])).map((position, i) => [position, i]),
  );
  const distance = (m: TableMatch) =>
    Math.abs((defRank.get(m.def.id) ?? 0) - (tableRank.get(m.position) ?? 0));
  pairs.sort((a, b) => b.score - a.score || distance(a) - distance(b) || a.position - b.position);
  const usedDefs = new Set<string>();
  const usedTables = new Set<number>();
  const out: TableMatch[] = [];
  for (const pair of pairs) {
    if (usedDefs.has(pair.def.id) || usedTables.has(pair.position)) continue;
    usedDefs.add(pair.def.id);
    usedTables.add(pair.position);
    out.push(pair);
  }
  return out.sort((a, b) => a.position - b.position);
}
