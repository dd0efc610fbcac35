import { useState } from "react";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { likelyPeriod } from "../shared/PeriodPicker";
import { documentFailure } from "../shared/describeFailure";
import type { AdoptSummary } from "../services/ReportDocument";
import type { AdoptForm, AdoptState } from "./Adopt.types";

/**
 * Adopt (Nhận diện báo cáo cũ) on a document without baocao metadata: a preview first (nothing written), the
 * weak figures left for the clerk to tick, then one `Word.run` that recognises again and wraps.
 */
export function useAdopt(options: {
  readonly today?: Date;
  readonly onAdopted: (summary: AdoptSummary) => void;
}) {
  const doc = useReportDocument();
  const session = usePaneSession();
  const [form, setForm] = useState<AdoptForm>(() => ({
    agencyId: doc.agencies[0]?.id ?? "",
    fromTitle: true,
    period: likelyPeriod(options.today ?? new Date()),
  }));
  const [state, setState] = useState<AdoptState>({ kind: "idle" });

  const request = () => {
    const agency = doc.agencies.find((a) => a.id === form.agencyId);
    return agency ? { agency, ...(form.fromTitle ? {} : { period: form.period }) } : undefined;
  };

  const recognise = async () => {
    const asked = request();
    if (!asked) return;
    setState({ kind: "recognising" });
    try {
      const summary = await doc.previewAdopt(asked);
      setState({ kind: "previewed", summary, confirmed: new Set() });
    } catch (error) {
      setState({ kind: "failed", failure: documentFailure(error) });
    }
  };

  const apply = async () => {
    const asked = request();
    if (!asked || state.kind !== "previewed") return;
    setState({ ...state, kind: "applying" });
    try {
      const summary = await doc.adopt({ ...asked, confirmed: state.confirmed });
      if (summary.refused || !summary.applied) {
        setState({ kind: "previewed", summary, confirmed: new Set() });
        return;
      }
      options.onAdopted(summary);
      session.documentChanged();
    } catch (error) {
      setState({ kind: "failed", failure: documentFailure(error) });
      // A failed batch may still have wrapped part of the report: the status is read again.
      session.documentChanged();
    }
  };

  const toggle = (tag: string, checked: boolean) =>
    setState((s) => {
      if (s.kind !== "previewed") return s;
      const confirmed = new Set(s.confirmed);
      if (checked) confirmed.add(tag);
      else confirmed.delete(tag);
      return { ...s, confirmed };
    });

  return {
    form,
    state,
    agencies: doc.agencies,
    setAgency: (agencyId: string) => {
      setForm((f) => ({ ...f, agencyId }));
      setState({ kind: "idle" });
    },
    setFromTitle: (fromTitle: boolean) => {
      setForm((f) => ({ ...f, fromTitle }));
      setState({ kind: "idle" });
    },
    setPeriod: (period: AdoptForm["period"]) => {
      setForm((f) => ({ ...f, period }));
      setState({ kind: "idle" });
    },
    recognise,
    apply,
    toggle,
    cancel: () => setState({ kind: "idle" }),
  };
}
