import { useCallback, useEffect, useRef, useState } from "react";
import { describePlace } from "../../domain/issues/describePlace";
import { formatPeriodCode } from "../../domain/period";
import type { RefreshPreview } from "../services/ReportDocument";
import { useFiguresSource } from "../context/FiguresSourceContext";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { documentFailure, serviceFailure } from "../shared/describeFailure";
import { readServiceSettings } from "../shared/serviceSettings";
import type { SettingsStore } from "../shared/settingsStore";
import { IssueError } from "../services/IssueError";
import { wordIssue } from "../shared/wordIssue";
import type { ApplyState, CheckState } from "./Correct.types";

/**
 * Correcting one figure from the pane: the value typed is read as the figure's type, what follows from it is
 * previewed, and applying writes it — to the figures service too when the report's figures came from there and
 * the key may write (the report then follows the service), otherwise as an override kept in the report. A
 * preview or a result that no longer holds (another figure, another value, a changed document) is cleared.
 */
export function useCorrect({
  settingsStore,
  defaultBaseUrl,
  defaultApiKey,
}: {
  readonly settingsStore: SettingsStore;
  readonly defaultBaseUrl: string;
  readonly defaultApiKey?: string;
}) {
  const doc = useReportDocument();
  const connect = useFiguresSource();
  const session = usePaneSession();
  const { lang } = useLanguage();
  const tag = session.correcting;
  const [text, setText] = useState("");
  const [check, setCheck] = useState<CheckState>({ kind: "idle" });
  const [apply, setApply] = useState<ApplyState>({ kind: "idle" });
  const [picking, setPicking] = useState<"idle" | "reading" | "notAFigure">("idle");
  const [pickError, setPickError] = useState<unknown>(undefined);
  const appliedAt = useRef<number | undefined>(undefined);

  // Another figure: nothing said about the last one still holds.
  useEffect(() => {
    setText("");
    setCheck({ kind: "idle" });
    setPicking("idle");
    if (tag) setApply({ kind: "idle" });
  }, [tag]);
  // The document changed elsewhere (a refresh, a roll-forward): a preview of it no longer holds, nor a result.
  const { revision } = session;
  useEffect(() => {
    setCheck((c) => (c.kind === "ready" ? { kind: "idle" } : c));
    setApply((a) => (a.kind === "done" && appliedAt.current !== revision ? { kind: "idle" } : a));
  }, [revision]);

  const type = (value: string) => {
    setText(value);
    setCheck({ kind: "idle" });
    setApply((a) => (a.kind === "running" ? a : { kind: "idle" }));
  };

  const fromSelection = useCallback(async () => {
    setPicking("reading");
    setPickError(undefined);
    try {
      const selected = await doc.selectedFigure();
      setPicking(selected ? "idle" : "notAFigure");
      if (selected) session.correct(selected);
    } catch (error) {
      setPicking("idle");
      setPickError(error);
    }
  }, [doc, session]);

  const preview = async () => {
    if (!tag) return;
    setCheck({ kind: "checking" });
    try {
      const result = await doc.previewCorrection(tag, text);
      setCheck(result.kind === "invalid" ? { kind: "invalid", issue: result.issue } : { kind: "ready", preview: result });
    } catch (error) {
      setCheck({ kind: "failed", error });
    }
  };

  const status = session.status.state === "ready" ? session.status.value : undefined;
  const settings = readServiceSettings(settingsStore, defaultBaseUrl, defaultApiKey);
  const fromService = status?.kind === "report" && (status.source ?? "").startsWith("service:");

  const applyIt = async () => {
    if (!tag || check.kind !== "ready" || status?.kind !== "report") return;
    setApply({ kind: "running" });
    const source = connect && settings.apiKey !== "" ? connect(settings, lang) : undefined;
    let service = false;
    try {
      if (fromService && source?.saveFigures) {
        service = true;
        const saved = await source.saveFigures({
          templateId: status.templateId,
          agencyId: status.agencyId,
          period: formatPeriodCode(status.period),
          change: (figures) => doc.correctedFigures(figures, tag, text),
        });
        service = false;
        if (saved.kind === "written") {
          const result = await doc.applyRefresh(
            { ...saved.figures, source: saved.figures.source ?? `service:${settings.baseUrl}` },
            new Set([tag]),
          );
          return done("service", result.plan.changes.length, result.syncs);
        }
        const kept = await doc.applyCorrection(tag, text);
        return refused(kept) ?? done("readOnlyKey", kept.plan.changes.length, kept.syncs);
      }
      const kept = await doc.applyCorrection(tag, text);
      return refused(kept) ?? done("document", kept.plan.changes.length, kept.syncs);
    } catch (error) {
      setApply({ kind: "failed", error, service });
    }
  };
  /** Nothing written (the document changed since the preview): the reason, in the pane's language. */
  const refused = (kept: RefreshPreview) => {
    const reason = kept.syncs === 0 ? kept.plan.issues[0] : undefined;
    if (!reason) return undefined;
    setApply({ kind: "failed", error: new IssueError(reason, doc.template), service: false });
    return true;
  };
  const done = (route: "service" | "readOnlyKey" | "document", changes: number, syncs: number) => {
    appliedAt.current = revision + 1;
    setApply({ kind: "done", route, changes, syncs });
    setCheck({ kind: "idle" });
    setText("");
    session.documentChanged();
  };

  const label = (of: string) => describePlace(["doc", of], doc.template, lang);
  return {
    tag,
    label: tag ? label(tag) : undefined,
    text,
    type,
    check,
    // Worded now, in the language shown now.
    invalid: check.kind === "invalid" ? wordIssue(check.issue, doc.template, lang) : undefined,
    checkFailure: check.kind === "failed" ? documentFailure(check.error) : undefined,
    follows:
      check.kind === "ready"
        ? check.preview.preview.plan.changes.map((c) => ({ ...c, label: label(c.tag) }))
        : [],
    preview,
    apply,
    applyFailure:
      apply.kind === "failed" ? (apply.service ? serviceFailure(apply.error) : documentFailure(apply.error)) : undefined,
    canApply: check.kind === "ready" && apply.kind !== "running",
    applyIt,
    cancel: () => session.correct(undefined),
    picking,
    pickFailure: pickError === undefined ? undefined : documentFailure(pickError),
    fromSelection,
    select: (of: string) => void doc.selectTag(of),
  };
}
