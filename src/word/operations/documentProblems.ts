import type { Issue } from "../../domain/issues/Issue";
import { structuralIssues } from "../../domain/plan";
import { parseTag } from "../../domain/tags";
import type { Template } from "../../domain/template/types";
import type { DocumentScan } from "../scanDocument";
import { ADOPTED } from "./adoptReport";

/**
 * The document problems that stop an operation with nothing written (DESIGN.md): a section or table control
 * deleted or duplicated, and the errors the plan found (a figure or cell control deleted). An adopted report's
 * number and date are the văn thư's typed text, not controls of ours: their absence is no problem.
 * Each problem once, in the order found.
 */
export function documentProblems(
  scan: DocumentScan,
  template: Template,
  planIssues: readonly Issue[],
): readonly Issue[] {
  const counts = new Map([...scan.controls].map(([tag, found]) => [tag, found.length]));
  const adopted = scan.metadata?.source === ADOPTED;
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const problem of [...structuralIssues(counts, template), ...planIssues]) {
    if ((problem.severity ?? "error") !== "error") continue;
    const tag = String(problem.params?.tag ?? "");
    if (adopted && problem.code === "doc.missingControl" && parseTag(tag)?.kind === "hdr") continue;
    const key = `${problem.code} ${problem.path.join("/")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
