import { useEffect, useMemo, useState } from "react";
import { formatPeriodCode, type Period } from "../../domain/period";
import { sectionTag } from "../../domain/tags";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { likelyPeriod } from "../shared/PeriodPicker";
import { documentFailure } from "../shared/describeFailure";
import { describeSource } from "../shared/describeSource";
import { formatRefreshedAt } from "../shared/formatRefreshedAt";
import { agencyDisplayName } from "../shared/templateLookup";
import { useAsyncValue } from "../shared/useAsyncValue";
import type { InsertForm, InsertState, StatusLine } from "./DocumentStatus.types";

/** The document's status as the clerk reads it, and the insert form of a blank document. */
export function useDocumentStatus(options: { readonly today?: Date } = {}) {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { t, lang } = useLanguage();
  const { status, pending } = session;

  const [form, setForm] = useState<InsertForm>(() => ({
    agencyId: doc.agencies[0]?.id ?? "",
    period: likelyPeriod(options.today ?? new Date()),
    fillWithLoaded: true,
  }));
  const [insert, setInsert] = useState<InsertState>({ kind: "idle" });

  const blank = status.state === "ready" && status.value.kind === "blank";
  const report = status.state === "ready" && status.value.kind === "report" ? status.value : undefined;

  // What the blank document will become is the target of figures loaded before inserting.
  const { setDraftTarget } = session;
  useEffect(() => {
    setDraftTarget(blank && form.agencyId ? { agencyId: form.agencyId, period: form.period } : undefined);
  }, [blank, form.agencyId, form.period, setDraftTarget]);

  // Sections whose control was deleted: the status alone cannot tell, the outline can.
  const outline = useAsyncValue(
    () => (report ? doc.outline() : Promise.resolve([])),
    `${session.revision}:${report ? "report" : "other"}`,
  );
  const missingSections =
    outline.state === "ready" ? outline.value.filter((e) => e.state === "missingControl") : [];

  const lines = useMemo<readonly StatusLine[]>(() => {
    if (!report) return [];
    const refreshed = report.refreshedAt ? formatRefreshedAt(report.refreshedAt) : undefined;
    return [
      {
        label: t.status.template,
        value: doc.template.id === report.templateId ? doc.template.title[lang] : report.templateId,
      },
      { label: t.status.agency, value: agencyDisplayName(doc.agencies, report.agencyId) },
      { label: t.status.period, value: t.period.long(report.period) },
      {
        label: t.status.refreshedAt,
        value: refreshed ? t.status.at(refreshed.date, refreshed.time) : t.status.never,
      },
      ...(report.source ? [{ label: t.status.source, value: describeSource(report.source, t) }] : []),
    ];
  }, [report, doc, t, lang]);

  const loadedFits =
    pending !== undefined &&
    pending.figures.agency === form.agencyId &&
    pending.figures.period === formatPeriodCode(form.period);

  const insertTemplate = async () => {
    const agency = doc.agencies.find((a) => a.id === form.agencyId);
    if (!agency) return;
    setInsert({ kind: "running" });
    const useLoaded = loadedFits && form.fillWithLoaded;
    try {
      await doc.insertTemplate({
        agency,
        period: form.period,
        ...(useLoaded && pending ? { figures: pending.figures } : {}),
      });
      setInsert({ kind: "done", period: t.period.long(form.period) });
      if (useLoaded) session.setPending(undefined);
      session.documentChanged();
    } catch (error) {
      setInsert({ kind: "failed", failure: documentFailure(error) });
    }
  };

  return {
    status,
    report,
    lines,
    missingSections: missingSections.map((s) => `${s.number} ${s.title}`.trim() || sectionTag(s.id)),
    form,
    setAgency: (agencyId: string) => setForm((f) => ({ ...f, agencyId })),
    setPeriod: (period: Period) => setForm((f) => ({ ...f, period })),
    setFillWithLoaded: (fillWithLoaded: boolean) => setForm((f) => ({ ...f, fillWithLoaded })),
    loadedFits,
    agencies: doc.agencies,
    insert,
    insertTemplate,
    statusFailure: status.state === "failed" ? documentFailure(status.error) : undefined,
    reload: session.documentChanged,
  };
}
