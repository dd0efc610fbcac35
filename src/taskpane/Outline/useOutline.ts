import { sectionTag } from "../../domain/tags";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { documentFailure } from "../shared/describeFailure";
import { useAsyncValue } from "../shared/useAsyncValue";
import { useSelectInDocument } from "../shared/useSelectInDocument";

/** The report's numbered sections with their state; choosing one selects it in the document. */
export function useOutline() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const outline = useAsyncValue(() => doc.outline(), session.revision);
  const selection = useSelectInDocument();
  return {
    outline,
    failure: outline.state === "failed" ? documentFailure(outline.error) : undefined,
    goTo: (sectionId: string) => void selection.select({ tag: sectionTag(sectionId) }),
    selectFailure: selection.failure,
    reload: outline.reload,
  };
}
