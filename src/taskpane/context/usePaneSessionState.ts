import { useCallback, useMemo, useState } from "react";
import type { ReportDocument } from "../services/ReportDocument";
import { useAsyncValue } from "../shared/useAsyncValue";
import type { PaneSession, PanelId, PasteDraft, PendingFigures, Target } from "./PaneSessionContext";

/** The state behind `PaneSessionContext`, owned by the App; the status waits while the document is on its way. */
export function usePaneSessionState(
  doc: ReportDocument | undefined,
  openPanel: (id: PanelId) => void,
): PaneSession {
  const [revision, setRevision] = useState(0);
  const [pending, setPending] = useState<PendingFigures | undefined>(undefined);
  const [draftTarget, setDraftTarget] = useState<Target | undefined>(undefined);
  const [pasteDraft, setPasteDraft] = useState<PasteDraft>({ text: "", table: undefined });
  const status = useAsyncValue(
    () => (doc ? doc.status() : new Promise<never>(() => {})),
    `${revision}:${doc ? "ready" : "loading"}`,
  );
  const documentChanged = useCallback(() => setRevision((r) => r + 1), []);
  const [correcting, setCorrecting] = useState<string | undefined>(undefined);
  const correct = useCallback(
    (tag: string | undefined) => {
      setCorrecting(tag);
      if (tag) openPanel("correct");
    },
    [openPanel],
  );

  const target = useMemo<Target | undefined>(() => {
    if (status.state === "ready" && status.value.kind === "report") {
      return { agencyId: status.value.agencyId, period: status.value.period };
    }
    return status.state === "ready" && status.value.kind === "blank" ? draftTarget : undefined;
  }, [status, draftTarget]);

  return useMemo(
    () => ({
      status,
      revision,
      documentChanged,
      pending,
      setPending,
      target,
      setDraftTarget,
      pasteDraft,
      setPasteDraft,
      openPanel,
      correcting,
      correct,
    }),
    [status, revision, documentChanged, pending, target, pasteDraft, openPanel, correcting, correct],
  );
}
