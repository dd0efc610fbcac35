import { formatEtag } from "../etag";
import { HttpProblem } from "../problem/HttpProblem";
import type { WriteOutcome } from "../store/FiguresStore";

/** The answer to a write that was refused: 412 (the writer's version is old) or 428 (it named none). */
export function preconditionProblem(outcome: Exclude<WriteOutcome, { kind: "written" }>): HttpProblem {
  const headers: Record<string, string> = outcome.version === undefined ? {} : { etag: formatEtag(outcome.version) };
  return outcome.kind === "stale"
    ? new HttpProblem("precondition-failed", {
        detail: outcome.version === undefined ? "Bản ghi chưa tồn tại." : `Phiên bản hiện tại là ${formatEtag(outcome.version)}; không có gì bị ghi.`,
        headers,
      })
    : new HttpProblem("precondition-required", { detail: `Bản ghi đã có (phiên bản ${formatEtag(outcome.version)}); gửi If-Match để ghi.`, headers });
}
