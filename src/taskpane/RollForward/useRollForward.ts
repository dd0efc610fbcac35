import { useState } from "react";
import { nextPeriod } from "../../domain/period";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { IssueError } from "../services/IssueError";
import { documentFailure } from "../shared/describeFailure";
import type { RollState } from "./RollForward.types";

/** Rolling the report to the next period, after the clerk confirms. */
export function useRollForward() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { t } = useLanguage();
  const [state, setState] = useState<RollState>({ kind: "idle" });
  const report =
    session.status.state === "ready" && session.status.value.kind === "report"
      ? session.status.value
      : undefined;
  const next = report ? nextPeriod(report.period) : undefined;

  const roll = async () => {
    if (!next) return;
    setState({ kind: "running" });
    try {
      const result = await doc.rollForward(next);
      if (result.refused) {
        // Not this template's report, or no profile for its agency: said in the clerk's words, nothing written.
        setState({ kind: "failed", failure: documentFailure(new IssueError(result.refused, doc.template)) });
        return;
      }
      setState({ kind: "done", next: t.period.long(next), changes: result.changes, syncs: result.syncs });
      // Figures loaded for the old period no longer fit the document.
      session.setPending(undefined);
      session.documentChanged();
    } catch (error) {
      setState({ kind: "failed", failure: documentFailure(error) });
    }
  };

  return {
    state,
    current: report ? t.period.long(report.period) : undefined,
    next: next ? t.period.long(next) : undefined,
    statusLoading: session.status.state === "loading",
    ask: () => setState({ kind: "confirming" }),
    cancel: () => setState({ kind: "idle" }),
    roll,
  };
}
