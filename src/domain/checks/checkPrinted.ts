import { issue, type Issue } from "../issues/Issue";
import { parseCellName, parseTag } from "../tags/tags";
import type { Template } from "../template/types";

/**
 * The computed figures the document prints against what its own input figures give: a total row that does
 * not add up to the rows above it, a share that is not its count over its whole, a computed prose figure
 * that does not follow. Each is a must-fix placed by table, row and column (or by the figure), since the
 * signed report would contradict itself. Input cells and composite cells are the figures, not judged here.
 *
 * @example
 * checkPrinted(template, new Map([["bc:fig:T2.rTotal.c3", "2.555"]]), new Map([["bc:fig:T2.rTotal.c3", "2.570"]]))
 * // → [{ issue: check.printedMismatch at tables/T2/rTotal/rTotal/c3 { printed: "2.555", expected: "2.570" }, tag }]
 */
export function checkPrinted(
  template: Template,
  printed: ReadonlyMap<string, string>,
  recomputed: ReadonlyMap<string, string>,
): readonly { readonly issue: Issue; readonly tag: string }[] {
  const out: { issue: Issue; tag: string }[] = [];
  for (const [tag, text] of printed) {
    const expected = recomputed.get(tag);
    if (expected === undefined || expected.trim() === text.trim()) continue;
    const path = computedPlace(template, tag);
    if (path) out.push({ issue: issue("check.printedMismatch", path, { printed: text, expected }, "error"), tag });
  }
  return out;
}

/** Where a computed figure is, as an issue path; `undefined` for an input (or unknown) figure. */
function computedPlace(template: Template, tag: string): readonly (string | number)[] | undefined {
  const parsed = parseTag(tag);
  if (parsed?.kind !== "fig") return undefined;
  const cell = parseCellName(parsed.name);
  if (!cell) return template.fields[parsed.name]?.computed ? ["fields", parsed.name] : undefined;
  const column = template.tables[cell.table]?.columns.find((c) => c.key === cell.column);
  if (!column || column.parts || column.noteKey) return undefined;
  if (cell.row === "total") return ["tables", cell.table, "rTotal", "rTotal", cell.column];
  return column.class === "CALC" ? ["tables", cell.table, "rows", cell.row - 1, cell.column] : undefined;
}
