import type { CellValue } from "../figures/schema";
import type { InputColumn } from "../template/inputColumns";
import type { CellRead } from "./CellProblem";
import { readNumberCell } from "./readNumberCell";
import { readEnumCell, readTextCell } from "./readTextCell";

/**
 * Reads one input cell by the kind of its column: a count, a percentage, free text or one of a list.
 *
 * @example readInputCell("2.460", inputColumns(T2).find((c) => c.key === "c4")!) // → { value: 2460 }
 */
export function readInputCell(text: string, input: InputColumn): CellRead<CellValue> {
  switch (input.kind) {
    case "integer":
    case "percent":
      return readNumberCell(text, input.kind);
    case "enum":
      return readEnumCell(text, input.options ?? []);
    case "text":
      return readTextCell(text);
  }
}
