import { useCallback, useEffect, useRef, useState } from "react";
import { formatPeriodCode } from "../../domain/period";
import { useFiguresSource } from "../context/FiguresSourceContext";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import type { ServiceSettings } from "../services/FiguresSource";
import { serviceFailure } from "../shared/describeFailure";
import { readServiceSettings as readSettings } from "../shared/serviceSettings";
import { SETTING_KEYS, type SettingsStore } from "../shared/settingsStore";
import type { LoadState } from "./DataSource.types";

/**
 * Loads the figures of the pane's agency and period from the figures service, with progress and cancel.
 * The address and key are remembered per user; a cancelled or superseded request never lands.
 */
export function useServiceLoader({
  settingsStore,
  defaultBaseUrl,
  defaultApiKey,
}: {
  readonly settingsStore: SettingsStore;
  readonly defaultBaseUrl: string;
  readonly defaultApiKey?: string;
}) {
  const connect = useFiguresSource();
  const doc = useReportDocument();
  const session = usePaneSession();
  const { t, lang } = useLanguage();
  const [settings, setSettings] = useState<ServiceSettings>(() =>
    readSettings(settingsStore, defaultBaseUrl, defaultApiKey),
  );
  const [state, setState] = useState<LoadState>({ kind: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const update = useCallback(
    (patch: Partial<ServiceSettings>) => {
      setSettings((current) => {
        const next = { ...current, ...patch };
        settingsStore.set(SETTING_KEYS.service, JSON.stringify(next));
        return next;
      });
    },
    [settingsStore],
  );

  const { target, setPending, openPanel } = session;
  const blankDocument = session.status.state === "ready" && session.status.value.kind === "blank";
  const load = useCallback(async () => {
    if (!connect || !target) return;
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setState({ kind: "loading", receivedBytes: 0 });
    try {
      const source = connect(settings, lang);
      const figures = await source.fetchFigures({
        templateId: doc.template.id,
        agencyId: target.agencyId,
        period: formatPeriodCode(target.period),
        signal: mine.signal,
        onProgress: (receivedBytes) => {
          if (!mine.signal.aborted) setState({ kind: "loading", receivedBytes });
        },
      });
      if (mine.signal.aborted) return;
      const loadedFrom = { kind: "service", at: new Date().toISOString() } as const;
      setPending({
        figures: { ...figures, source: figures.source ?? `service:${settings.baseUrl}` },
        origin: "service",
        source: loadedFrom,
      });
      setState({ kind: "loaded", source: loadedFrom });
      openPanel(blankDocument ? "status" : "review");
    } catch (error) {
      if (mine.signal.aborted) return;
      setState({ kind: "failed", failure: serviceFailure(error) });
    } finally {
      if (controller.current === mine) controller.current = undefined;
    }
  }, [connect, target, settings, lang, doc.template.id, t, setPending, openPanel, blankDocument]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = undefined;
    setState({ kind: "cancelled" });
  }, []);

  return { available: connect !== undefined, settings, update, state, load, cancel, target };
}
