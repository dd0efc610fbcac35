import { useState } from "react";
import { SETTING_KEYS, type SettingsStore } from "../shared/settingsStore";
import type { SourceMode } from "./DataSource.types";

/** Which source the clerk uses, remembered: the figures service or pasted data. */
export function useDataSource(settings: SettingsStore, serviceAvailable: boolean) {
  const [mode, setModeState] = useState<SourceMode>(() => {
    const saved = settings.get(SETTING_KEYS.sourceMode);
    if (!serviceAvailable) return "paste";
    return saved === "paste" ? "paste" : "service";
  });
  const setMode = (next: SourceMode) => {
    settings.set(SETTING_KEYS.sourceMode, next);
    setModeState(next);
  };
  return { mode, setMode };
}
