import { useMemo } from "react";
import type { Figures } from "../../domain/figures/schema";
import { formatPeriodCode } from "../../domain/period";
import { usePaneSession, type Target } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { documentFailure } from "../shared/describeFailure";
import { useAsyncValue } from "../shared/useAsyncValue";

const emptyFigures = (templateId: string, target: Target): Figures => ({
  template: templateId,
  agency: target.agencyId,
  period: formatPeriodCode(target.period),
  fields: {},
  tables: {},
});

/**
 * The figures new values go over: the document's own when they are of the target's agency and period, else
 * an empty set for them; undefined while there is no target.
 */
export function useBaseFigures() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { target } = session;
  const current = useAsyncValue(() => doc.currentFigures(), session.revision);
  const base = useMemo<Figures | undefined>(() => {
    if (!target) return undefined;
    const own = current.state === "ready" ? current.value : undefined;
    return own && own.agency === target.agencyId && own.period === formatPeriodCode(target.period)
      ? own
      : emptyFigures(doc.template.id, target);
  }, [current, target, doc.template.id]);
  return { base, target, baseFailure: current.state === "failed" ? documentFailure(current.error) : undefined };
}
