/** Where the pane remembers a user's choices (language, service address and key): one string per key. */
export type SettingsStore = {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
};

/**
 * The browser's localStorage, per user and origin. Some hosts refuse storage (private mode, strict policies):
 * the pane then simply forgets between sessions instead of failing.
 */
export const localSettings: SettingsStore = {
  get(key) {
    try {
      return globalThis.localStorage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Nothing to do: the choice holds for this session only.
    }
  },
};

/** A store that remembers only while the page lives (tests, the playground's throwaway panes). */
export function memorySettings(initial: Readonly<Record<string, string>> = {}): SettingsStore {
  const values = new Map(Object.entries(initial));
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

export const SETTING_KEYS = {
  language: "baocao.language",
  service: "baocao.figuresService",
  sourceMode: "baocao.sourceMode",
} as const;
