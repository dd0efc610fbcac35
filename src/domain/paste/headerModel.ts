import type { ColumnKey, HeaderCell, TableDef } from "../template/types";
import { labelMatcher, type LabelMatcher } from "./labelMatcher";

/** One leaf column of a template header, with the labels of the groups above it. */
export type HeaderLeaf = {
  readonly column: ColumnKey;
  /** Its position among the table's leaf columns, left to right. */
  readonly index: number;
  readonly leaf: LabelMatcher;
  readonly ancestors: readonly LabelMatcher[];
};

/** What a table's header offers to recognise a pasted header: its leaves in order and every label in it. */
export type HeaderModel = {
  readonly leaves: readonly HeaderLeaf[];
  /** Every label of the tree, leaves and groups alike. */
  readonly labels: readonly LabelMatcher[];
};

/**
 * The header tree of a table made comparable with pasted header rows.
 *
 * @example headerModel(template.tables.T2!).leaves.map((l) => l.column) // → ["c1", "c2", …, "c7"]
 */
export function headerModel(table: TableDef): HeaderModel {
  let model = models.get(table);
  if (!model) {
    model = buildHeaderModel(table);
    models.set(table, model);
  }
  return model;
}

/** Templates do not change once loaded: each table's model is built once (a workbook tries every table on every sheet). */
const models = new WeakMap<TableDef, HeaderModel>();

function buildHeaderModel(table: TableDef): HeaderModel {
  const leaves: HeaderLeaf[] = [];
  const labels: LabelMatcher[] = [];
  const walk = (cells: readonly HeaderCell[], ancestors: readonly LabelMatcher[]) => {
    for (const cell of cells) {
      const matcher = labelMatcher(cell.label);
      labels.push(matcher);
      if (cell.children && cell.children.length > 0) walk(cell.children, [...ancestors, matcher]);
      else if (cell.column !== undefined) {
        leaves.push({ column: cell.column, index: leaves.length, leaf: matcher, ancestors });
      }
    }
  };
  walk(table.header, []);
  return { leaves, labels };
}
