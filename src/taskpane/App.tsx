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
  "compat",
];
const DEFAULT_OPEN: readonly PanelId[] = ["status", "dataSource"];

// Each panel is a chunk of its own: the panels open at start are fetched at once, beside the document layer
// (their bodies wait for the document anyway); the others when first opened.
const PANEL_CODE = {
  status: () => import("./DocumentStatus/DocumentStatus").then((m) => ({ default: m.DocumentStatus })),
  dataSource: () => import("./DataSource/DataSource").then((m) => ({ default: m.DataSource })),
  review: () => import("./ReviewChanges/ReviewChanges").then((m) => ({ default: m.ReviewChanges })),
  outline: () => import("./Outline/Outline").then((m) => ({ default: m.Outline })),
  checks: () => import("./Checks/Checks").then((m) => ({ default: m.Checks })),
  correct: () => import("./Correct/Correct").then((m) => ({ default: m.Correct })),
  rollForward: () => import("./RollForward/RollForward").then((m) => ({ default: m.RollForward })),
  compat: () => import("./SelfTest/SelfTest").then((m) => ({ default: m.SelfTest })),
};
const DocumentStatus = lazy(PANEL_CODE.status);
const DataSource = lazy(PANEL_CODE.dataSource);
const ReviewChanges = lazy(PANEL_CODE.review);
const Outline = lazy(PANEL_CODE.outline);
const Checks = lazy(PANEL_CODE.checks);
const Correct = lazy(PANEL_CODE.correct);
const RollForward = lazy(PANEL_CODE.rollForward);
const SelfTest = lazy(PANEL_CODE.compat);

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
  const [openAtStart] = useState(open);
  useEffect(() => {
    // A failed fetch is said by the panel itself when it renders (its lazy component fetches again).
    for (const id of openAtStart) PANEL_CODE[id]().catch(() => undefined);
  }, [openAtStart]);

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
    compat: props.selfTest ? <SelfTest runner={props.selfTest} /> : null,
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
            {PANEL_ORDER.filter((id) => id !== "compat" || props.selfTest).map((id) => (
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
