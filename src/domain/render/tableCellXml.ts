import type { Alignment } from "./paragraphXml";
import { paragraphXml } from "./paragraphXml";
import type { RunStyle } from "./runXml";
import { STYLE } from "./styleIds";

/** How one `w:tc` lies on the grid and looks. */
export type CellShape = {
  readonly width: number;
  readonly gridSpan?: number;
  /** "restart" opens a vertical merge, "continue" is a cell covered by the one above. */
  readonly vMerge?: "restart" | "continue";
  readonly align: Alignment;
  readonly vAlign?: "top" | "center" | "bottom";
  /** Formatting of the (possibly empty) paragraph mark, so an empty cell keeps the table's size. */
  readonly mark?: RunStyle;
};

/**
 * A table cell holding one paragraph of the given runs, `w:tcPr` children in the schema's order.
 *
 * @example
 * tableCellXml(runXml("STT"), { width: 468, vMerge: "restart", align: "center", vAlign: "center" })
 * // → '<w:tc><w:tcPr><w:tcW w:w="468" w:type="dxa"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr><w:p>…</w:p></w:tc>'
 */
export function tableCellXml(runs: string, shape: CellShape): string {
  const span = shape.gridSpan !== undefined && shape.gridSpan > 1 ? `<w:gridSpan w:val="${shape.gridSpan}"/>` : "";
  const merge = shape.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : shape.vMerge === "continue" ? "<w:vMerge/>" : "";
  const vAlign = shape.vAlign ? `<w:vAlign w:val="${shape.vAlign}"/>` : "";
  const tcPr = `<w:tcPr><w:tcW w:w="${shape.width}" w:type="dxa"/>${span}${merge}${vAlign}</w:tcPr>`;
  const look = shape.mark ? { style: STYLE.cell, align: shape.align, mark: shape.mark } : { style: STYLE.cell, align: shape.align };
  return `<w:tc>${tcPr}${paragraphXml(shape.vMerge === "continue" ? "" : runs, look)}</w:tc>`;
}

/**
 * A row; header rows repeat on every page and no row splits across pages.
 *
 * @example tableRowXml(cells, "header") // → "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>…</w:tr>"
 */
export function tableRowXml(cells: string, kind: "header" | "body"): string {
  return `<w:tr><w:trPr><w:cantSplit/>${kind === "header" ? "<w:tblHeader/>" : ""}</w:trPr>${cells}</w:tr>`;
}
