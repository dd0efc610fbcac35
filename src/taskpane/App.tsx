import {
  Accordion,
  FluentProvider,
  Link,
  mergeClasses,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useAppStyles } from "./App.styles";
import { FIRST_RENDER_MARK, type AppProps } from "./App.types";
import { DataSource } from "./DataSource/DataSource";
import { DocumentStatus } from "./DocumentStatus/DocumentStatus";
import { FiguresSourceContext } from "./context/FiguresSourceContext";
import { LanguageProvider, useLanguage, type Lang } from "./context/LanguageContext";
import { PaneSessionContext, type PanelId } from "./context/PaneSessionContext";
import { ReportDocumentContext } from "./context/ReportDocumentContext";
import { usePaneSessionState } from "./context/usePaneSessionState";
import { SelectField } from "./controls/SelectField";
import { ErrorBoundary } from "./shared/ErrorBoundary";
import { Panel } from "./shared/Panel";
import type { ReportDocument } from "./services/ReportDocument";
import { localSettings, type SettingsStore } from "./shared/settingsStore";
import { useTypography } from "./shared/typography.styles";

const PANEL_ORDER: readonly PanelId[] = [
  "status",
  "dataSource",
  "review",
  "outline",
  "checks",
  "correct",
  "rollForward",
];
const DEFAULT_OPEN: readonly PanelId[] = ["status", "dataSource"];

// The panels a clerk does not see first come in their own chunks, fetched when first opened.
const ReviewChanges = lazy(() =>
  import("./ReviewChanges/ReviewChanges").then((m) => ({ default: m.ReviewChanges })),
);
const Outline = lazy(() => import("./Outline/Outline").then((m) => ({ default: m.Outline })));
const Checks = lazy(() => import("./Checks/Checks").then((m) => ({ default: m.Checks })));
const Correct = lazy(() => import("./Correct/Correct").then((m) => ({ default: m.Correct })));
const RollForward = lazy(() => import("./RollForward/RollForward").then((m) => ({ default: m.RollForward })));

let firstRenderMarked = false;

/**
 * The task pane: document status, data source, review, outline, checks and roll-forward, each a panel that
 * opens and closes (Fluent's Accordion, several open at once), with its own error boundary; the panels not open
 * at start are loaded when opened. Capabilities come in as props and go down through contexts.
 */
export function App(props: AppProps) {
  const settings = props.settings ?? localSettings;
  const doc = useResolved(props.reportDocument);
  useEffect(() => {
    if (firstRenderMarked) return;
    firstRenderMarked = true;
    globalThis.performance?.mark?.(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme}>
      <LanguageProvider settings={settings}>
        <ReportDocumentContext.Provider value={doc}>
          <FiguresSourceContext.Provider value={props.figuresSource}>
            <Pane {...props} settings={settings} reportDocument={doc} />
          </FiguresSourceContext.Provider>
        </ReportDocumentContext.Provider>
      </LanguageProvider>
    </FluentProvider>
  );
}

/** A document that could not be loaded (its chunk did not arrive): every use of it throws why. */
const failedDocument = (error: unknown): ReportDocument =>
  new Proxy({} as ReportDocument, {
    get() {
      throw error;
    },
  });

/** The document once it is there (at once when it was given as it is, not as a promise). */
function useResolved(source: ReportDocument | Promise<ReportDocument>): ReportDocument | undefined {
  const [loaded, setLoaded] = useState<ReportDocument | undefined>(
    source instanceof Promise ? undefined : source,
  );
  useEffect(() => {
    if (!(source instanceof Promise)) return setLoaded(source);
    let current = true;
    // A failure to load reaches the panels as an error of their own (their error boundary says it).
    source.then(
      (doc) => current && setLoaded(doc),
      (error: unknown) => current && setLoaded(failedDocument(error)),
    );
    return () => void (current = false);
  }, [source]);
  return loaded;
}

function Pane(
  props: Omit<AppProps, "reportDocument"> & {
    readonly settings: SettingsStore;
    readonly reportDocument: ReportDocument | undefined;
  },
) {
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
  const session = usePaneSessionState(props.reportDocument, openPanel);

  const panels: Readonly<Record<PanelId, ReactNode>> = {
    status: <DocumentStatus {...(props.today ? { today: props.today } : {})} />,
    dataSource: (
      <DataSource
        settings={props.settings}
        defaultServiceUrl={props.defaultServiceUrl ?? "/api"}
        {...(props.defaultApiKey ? { defaultApiKey: props.defaultApiKey } : {})}
      />
    ),
    review: <ReviewChanges />,
    outline: <Outline />,
    checks: <Checks />,
    correct: (
      <Correct
        settings={props.settings}
        defaultServiceUrl={props.defaultServiceUrl ?? "/api"}
        {...(props.defaultApiKey ? { defaultApiKey: props.defaultApiKey } : {})}
      />
    ),
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
          <Accordion
            multiple
            collapsible
            openItems={[...open]}
            onToggle={(_, data) => setOpen(data.openItems as PanelId[])}
          >
            {PANEL_ORDER.map((id) => (
              <div
                key={id}
                ref={(el) => void (el ? panelRefs.current.set(id, el) : panelRefs.current.delete(id))}
              >
                <Panel id={id} title={t.panels[id]} loading={t.app.loadingPanel}>
                  {props.reportDocument ? (
                    <ErrorBoundary>{panels[id]}</ErrorBoundary>
                  ) : (
                    <Spinner size="tiny" labelPosition="after" label={t.app.loadingPanel} />
                  )}
                </Panel>
              </div>
            ))}
          </Accordion>
        </main>
      </div>
    </PaneSessionContext.Provider>
  );
}
