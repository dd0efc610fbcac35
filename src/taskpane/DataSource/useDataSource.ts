import { useState } from "react";
import { SETTING_KEYS, type SettingsStore } from "../shared/settingsStore";
import type { SourceMode } from "./DataSource.types";

/** Which source the clerk uses, remembered: the figures service, pasted data or an Excel workbook. */
export function useDataSource(settings: SettingsStore, serviceAvailable: boolean) {
  const [mode, setModeState] = useState<SourceMode>(() => {
    const saved = settings.get(SETTING_KEYS.sourceMode);
    if (saved === "paste" || saved === "workbook") return saved;
    return serviceAvailable ? "service" : "paste";
  });
  const setMode = (next: SourceMode) => {
    settings.set(SETTING_KEYS.sourceMode, next);
    setModeState(next);
  };
  return { mode, setMode };
}
