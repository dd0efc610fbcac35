import type { ServiceSettings } from "../services/FiguresSource";
import { SETTING_KEYS, type SettingsStore } from "./settingsStore";

/**
 * The figures service's address and key as the clerk last entered them, or the defaults: the address the pane
 * is served beside, and no key (in development, `npm start`'s test key).
 */
export function readServiceSettings(store: SettingsStore, defaultBaseUrl: string, defaultApiKey = ""): ServiceSettings {
  try {
    const saved = JSON.parse(store.get(SETTING_KEYS.service) ?? "{}") as Partial<ServiceSettings>;
    return {
      baseUrl: typeof saved.baseUrl === "string" && saved.baseUrl !== "" ? saved.baseUrl : defaultBaseUrl,
      apiKey: typeof saved.apiKey === "string" && saved.apiKey !== "" ? saved.apiKey : defaultApiKey,
    };
  } catch {
    return { baseUrl: defaultBaseUrl, apiKey: defaultApiKey };
  }
}
