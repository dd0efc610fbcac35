import type { TableDef } from "../template/types";
import type { RenderContext } from "./RenderContext";
import type { RunStyle } from "./runXml";

/** One table being rendered: its definition, its column widths in twips, the context and its text size. */
export type TableRender = {
  readonly table: TableDef;
  readonly widths: readonly number[];
  readonly context: RenderContext;
  readonly textStyle: RunStyle;
};
