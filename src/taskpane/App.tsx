import { FluentProvider, Link, mergeClasses, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useAppStyles } from "./App.styles";
import { FIRST_RENDER_MARK, type AppProps } from "./App.types";
import { Checks } from "./Checks/Checks";
import { DataSource } from "./DataSource/DataSource";
import { DocumentStatus } from "./DocumentStatus/DocumentStatus";
import { Outline } from "./Outline/Outline";
import { ReviewChanges } from "./ReviewChanges/ReviewChanges";
import { RollForward } from "./RollForward/RollForward";
import { FiguresSourceContext } from "./context/FiguresSourceContext";
import { LanguageProvider, useLanguage, type Lang } from "./context/LanguageContext";
import { PaneSessionContext, type PanelId } from "./context/PaneSessionContext";
import { ReportDocumentContext } from "./context/ReportDocumentContext";
import { usePaneSessionState } from "./context/usePaneSessionState";
import { SelectField } from "./controls/SelectField";
import { ErrorBoundary } from "./shared/ErrorBoundary";
import { Panel } from "./shared/Panel";
import { localSettings, type SettingsStore } from "./shared/settingsStore";
import { useTypography } from "./shared/typography.styles";

const PANEL_ORDER: readonly PanelId[] = [
  "status",
  "dataSource",
  "review",
  "outline",
  "checks",
  "rollForward",
];
const DEFAULT_OPEN: readonly PanelId[] = ["status", "dataSource"];

let firstRenderMarked = false;

/**
 * The task pane: document status, data source, review, outline, checks and roll-forward, each a panel that
 * opens and closes (an accordion of disclosures, lighter than Fluent's Accordion), with its own error boundary. Capabilities come in as props and go down through contexts.
 */
export function App(props: AppProps) {
  const settings = props.settings ?? localSettings;
  useEffect(() => {
    if (firstRenderMarked) return;
    firstRenderMarked = true;
    globalThis.performance?.mark?.(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme}>
      <LanguageProvider settings={settings}>
        <ReportDocumentContext.Provider value={props.reportDocument}>
          <FiguresSourceContext.Provider value={props.figuresSource}>
            <Pane {...props} settings={settings} />
          </FiguresSourceContext.Provider>
        </ReportDocumentContext.Provider>
      </LanguageProvider>
    </FluentProvider>
  );
}

function Pane(props: AppProps & { readonly settings: SettingsStore }) {
  const styles = useAppStyles();
  const type = useTypography();
  const { t, lang, setLang } = useLanguage();
  const [open, setOpen] = useState<readonly PanelId[]>(props.initialPanels ?? DEFAULT_OPEN);
  const panelRefs = useRef(new Map<PanelId, HTMLElement>());

  const openPanel = useCallback((id: PanelId) => {
    setOpen((current) => (current.includes(id) ? current : [...current, id]));
    // Bring it into view without taking the focus away from where the clerk is.
    setTimeout(() => panelRefs.current.get(id)?.scrollIntoView?.({ block: "start", behavior: "smooth" }), 0);
  }, []);
  const toggle = (id: PanelId) =>
    setOpen((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current, id]));
  const session = usePaneSessionState(props.reportDocument, openPanel);

  const panels: Readonly<Record<PanelId, ReactNode>> = {
    status: <DocumentStatus {...(props.today ? { today: props.today } : {})} />,
    dataSource: (
      <DataSource settings={props.settings} defaultServiceUrl={props.defaultServiceUrl ?? "/api"} />
    ),
    review: <ReviewChanges />,
    outline: <Outline />,
    checks: <Checks />,
    rollForward: <RollForward />,
  };

  return (
    <PaneSessionContext.Provider value={session}>
      <div className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <h1 className={mergeClasses(type.title, styles.title)}>{t.app.title}</h1>
            <p className={type.caption}>{t.app.subtitle}</p>
            <Link href={t.app.helpUrl} target="_blank" rel="noopener">
              {t.app.help}
            </Link>
          </div>
          <SelectField
            label={t.app.language}
            size="small"
            className={styles.language}
            value={lang}
            onChange={(value) => setLang(value as Lang)}
            options={[
              { value: "vi", label: t.app.languages.vi },
              { value: "en", label: t.app.languages.en },
            ]}
          />
        </header>
        <main className={styles.main} aria-label={t.app.panels}>
          {PANEL_ORDER.map((id) => (
            <div
              key={id}
              ref={(el) => void (el ? panelRefs.current.set(id, el) : panelRefs.current.delete(id))}
            >
              <Panel id={id} title={t.panels[id]} open={open.includes(id)} onToggle={() => toggle(id)}>
                <ErrorBoundary>{panels[id]}</ErrorBoundary>
              </Panel>
            </div>
          ))}
        </main>
      </div>
    </PaneSessionContext.Provider>
  );
}
