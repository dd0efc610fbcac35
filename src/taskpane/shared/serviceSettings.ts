import type { ServiceSettings } from "../services/FiguresSource";
import { SETTING_KEYS, type SettingsStore } from "./settingsStore";

/** The figures service's address and key as the clerk last entered them, or the default address and no key. */
export function readServiceSettings(store: SettingsStore, defaultBaseUrl: string): ServiceSettings {
  try {
    const saved = JSON.parse(store.get(SETTING_KEYS.service) ?? "{}") as Partial<ServiceSettings>;
    return {
      baseUrl: typeof saved.baseUrl === "string" && saved.baseUrl !== "" ? saved.baseUrl : defaultBaseUrl,
      apiKey: typeof saved.apiKey === "string" ? saved.apiKey : "",
    };
  } catch {
    return { baseUrl: defaultBaseUrl, apiKey: "" };
  }
}
