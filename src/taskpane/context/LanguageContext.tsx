import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { stringsEn } from "../i18n/strings.en";
import { stringsVi, type Strings } from "../i18n/strings.vi";
import { SETTING_KEYS, type SettingsStore } from "../shared/settingsStore";

export type Lang = "vi" | "en";

export type LanguageValue = {
  readonly lang: Lang;
  readonly t: Strings;
  readonly setLang: (lang: Lang) => void;
};

const TABLES: Readonly<Record<Lang, Strings>> = { vi: stringsVi, en: stringsEn };

const LanguageContext = createContext<LanguageValue>({ lang: "vi", t: stringsVi, setLang: () => undefined });

/** Vietnamese unless the user chose English in the pane; the choice is remembered in the settings store. */
export function LanguageProvider({
  settings,
  children,
}: {
  readonly settings: SettingsStore;
  readonly children: ReactNode;
}) {
  const [lang, setLangState] = useState<Lang>(() =>
    settings.get(SETTING_KEYS.language) === "en" ? "en" : "vi",
  );
  const setLang = useCallback(
    (next: Lang) => {
      settings.set(SETTING_KEYS.language, next);
      setLangState(next);
    },
    [settings],
  );
  const value = useMemo(() => ({ lang, t: TABLES[lang], setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The pane's language and its words. */
export const useLanguage = (): LanguageValue => useContext(LanguageContext);
