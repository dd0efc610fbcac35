import { useCallback, useState } from "react";
import type { StaleFinding } from "../../domain/checks/stalePeriod";
import { useLanguage } from "../context/LanguageContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { documentFailure, type Failure } from "./describeFailure";

export type SelectTarget = { readonly tag: string } | { readonly finding: StaleFinding };

/**
 * Selects a place in the document (a control by tag, or a stale phrase) so the clerk sees it; says so when
 * the place is gone or Word refused.
 */
export function useSelectInDocument() {
  const doc = useReportDocument();
  const { t } = useLanguage();
  const [failure, setFailure] = useState<Failure | undefined>(undefined);

  const select = useCallback(
    async (target: SelectTarget) => {
      setFailure(undefined);
      try {
        const found =
          "tag" in target ? await doc.selectTag(target.tag) : await doc.selectFinding(target.finding);
        if (!found) {
          setFailure({
            intent: "warning",
            words: (t) => ({
              title: t.failures.notFoundInDocumentTitle,
              detail: t.failures.notFoundInDocument,
              action: "",
            }),
          });
        }
      } catch (error) {
        setFailure(documentFailure(error));
      }
    },
    [doc, t],
  );
  const clearFailure = useCallback(() => setFailure(undefined), []);
  return { select, failure, clearFailure };
}
