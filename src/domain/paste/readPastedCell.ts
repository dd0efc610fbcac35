import type { ColumnRole } from "./columnRole";
import { readCompositeCell, type CellOutcome } from "./readCompositeCell";
import { readInputCell } from "./readInputCell";
import { readNumberCell } from "./readNumberCell";
import { readTextCell } from "./readTextCell";

const none: CellOutcome = { values: {}, problems: [] };

/**
 * Reads the input keys one pasted cell gives, by the role of its column. Labels, STT and computed cells give
 * none (they are checked elsewhere).
 *
 * @example
 * readPastedCell("53 (1cts do cty TS24 cấp)", roles.get("c4")!) // → { values: { c4: 53, c4Note: "1cts do cty TS24 cấp" }, problems: [] }
 */
export function readPastedCell(text: string, role: ColumnRole): CellOutcome {
  switch (role.kind) {
    case "label":
    case "ordinal":
    case "computed":
      return none;
    case "input": {
      const read = readInputCell(text, role.input);
      return "problem" in read ? { values: {}, problems: [read.problem] } : { values: { [role.input.key]: read.value }, problems: [] };
    }
    case "composite":
      return readCompositeCell(text, role.column, role.parts);
    case "noted": {
      const shape = /^(.*?)\s*\((.*)\)\s*$/s.exec(text.trim());
      const read = readNumberCell(shape?.[1] ?? text, role.value.kind === "percent" ? "percent" : "integer");
      const note = readTextCell(shape?.[2] ?? "");
      const noteValue = "value" in note ? note.value : null;
      return "problem" in read
        ? { values: {}, problems: [read.problem] }
        : { values: { [role.value.key]: read.value, [role.note.key]: noteValue }, problems: [] };
    }
  }
}
