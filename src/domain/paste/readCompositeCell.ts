import type { CellValue } from "../figures/schema";
import type { InputColumn } from "../template/inputColumns";
import type { ColumnDef, ColumnKey } from "../template/types";
import { problem, type CellProblem } from "./CellProblem";
import { normalizeLabel } from "./normalizeLabel";
import { readNumberCell } from "./readNumberCell";

/** The values a pasted cell gives (one or several input keys) and what was wrong with it. */
export type CellOutcome = {
  readonly values: Readonly<Record<ColumnKey, CellValue>>;
  readonly problems: readonly CellProblem[];
};

const example = (column: ColumnDef) =>
  `N (${(column.parts ?? []).map((p, i) => `${p.label} ${String.fromCharCode(97 + i)}`).join(", ")})`;

/**
 * Reads a composite cell — a total followed by its parts in parentheses, "85 (khối văn phòng 57, đơn vị sự
 * nghiệp 28)" — into its parts. Parts are told by their label, else by order; a total that is not their sum is
 * a problem, and so is a cell that does not have that shape.
 *
 * @example
 * readCompositeCell("85 (khối văn phòng 57, đơn vị sự nghiệp 28)", T4c1, parts)
 * // → { values: { bcVanPhong: 57, bcDvsn: 28 }, problems: [] }
 */
export function readCompositeCell(text: string, column: ColumnDef, parts: readonly InputColumn[]): CellOutcome {
  const empty = Object.fromEntries(parts.map((p) => [p.key, null]));
  if (text.trim() === "") return { values: empty, problems: [] };
  const shape = /^([^()]*?)\s*\((.*)\)\s*$/s.exec(text.trim());
  const pieces = shape?.[2]?.split(/[,;]/).map((p) => p.trim()) ?? [];
  if (!shape || pieces.length !== parts.length) {
    return { values: empty, problems: [problem("paste.compositeCell", { value: text.trim(), example: example(column) }).problem] };
  }
  const values: Record<ColumnKey, CellValue> = {};
  const problems: CellProblem[] = [];
  const labels = (column.parts ?? []).map((p) => normalizeLabel(p.label));
  pieces.forEach((piece, i) => {
    const number = /([\d.]+)\s*$/.exec(piece)?.[1] ?? piece;
    const label = normalizeLabel(piece.slice(0, piece.length - number.length));
    const byLabel = label === "" ? -1 : labels.findIndex((l) => l === label || label.includes(l) || l.includes(label));
    const part = parts[byLabel >= 0 ? byLabel : i];
    if (!part) return;
    const read = readNumberCell(number, "integer");
    if ("problem" in read) problems.push(read.problem);
    else values[part.key] = read.value;
  });
  const total = readNumberCell(shape[1] ?? "", "integer");
  const given = parts.map((p) => values[p.key]);
  if ("value" in total && total.value !== null && problems.length === 0 && given.every((v) => typeof v === "number")) {
    const sum = given.reduce<number>((s, v) => s + (v as number), 0);
    if (sum !== total.value) problems.push(problem("paste.totalMismatch", { expected: sum, actual: total.value }).problem);
  }
  return { values: { ...empty, ...values }, problems };
}
