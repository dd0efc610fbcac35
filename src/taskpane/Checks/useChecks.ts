import { useMemo, useState } from "react";
import { describePlace } from "../../domain/issues/describePlace";
import { isCorrectable } from "../../domain/overrides/readCorrection";
import type { Severity } from "../../domain/issues";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import type { ReadinessItem } from "../services/ReportDocument";
import { documentFailure } from "../shared/describeFailure";
import { useAsyncValue } from "../shared/useAsyncValue";
import { useSelectInDocument } from "../shared/useSelectInDocument";
import { wordIssue } from "../shared/wordIssue";
import { SEVERITY_ORDER, type CheckGroup } from "./Checks.types";

/** Items shown per group before "show all". */
const FIRST_ITEMS = 8;

/** What stands between the report and the signature, grouped by what the clerk must do about it. */
export function useChecks() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { lang } = useLanguage();
  const readiness = useAsyncValue(() => doc.readiness(), session.revision);
  const selection = useSelectInDocument();
  // A report just rolled forward misses dozens of figures: show a few per group until the clerk asks for all.
  const [expanded, setExpanded] = useState<ReadonlySet<Severity>>(new Set());

  const groups = useMemo<readonly CheckGroup[]>(() => {
    if (readiness.state !== "ready") return [];
    return SEVERITY_ORDER.map((severity) => ({
      severity,
      items: readiness.value
        .filter((item) => (item.issue.severity ?? "error") === severity)
        .map((item) => ({ item, text: wordIssue(item.issue, doc.template, lang) })),
    })).filter((group) => group.items.length > 0);
  }, [readiness, doc.template, lang]);

  const goTo = (item: ReadinessItem) => {
    if (item.tag) void selection.select({ tag: item.tag });
    else if (item.finding) void selection.select({ finding: item.finding });
  };

  return {
    readiness,
    groups,
    failure: readiness.state === "failed" ? documentFailure(readiness.error) : undefined,
    allGood: readiness.state === "ready" && !groups.some((g) => g.severity === "error"),
    goTo,
    shown: (group: CheckGroup) =>
      expanded.has(group.severity) ? group.items : group.items.slice(0, FIRST_ITEMS),
    showAll: (severity: Severity) => setExpanded((current) => new Set(current).add(severity)),
    selectFailure: selection.failure,
    /** A finding on a figure the clerk may type opens its correction. */
    correctOf: (item: ReadinessItem) =>
      item.tag && isCorrectable(doc.template, item.tag) ? () => session.correct(item.tag) : undefined,
    labelOf: (item: ReadinessItem) => (item.tag ? describePlace(["doc", item.tag], doc.template, lang) : ""),
    reload: readiness.reload,
  };
}
