import type { FiguresSourceFactory } from "./context/FiguresSourceContext";
import type { PanelId } from "./context/PaneSessionContext";
import type { ReportDocument } from "./services/ReportDocument";
import type { SelfTestRunner } from "./services/SelfTestRunner";
import type { SettingsStore } from "./shared/settingsStore";

export type ThemeName = "light" | "dark";

export type AppProps = {
  /**
   * The open document: Word inside Office, the headless Word in the playground and tests. Inside Word it is
   * a promise: the document layer (template, rendering, Word operations) comes in its own chunk, fetched while
   * the pane's frame renders; the panels wait for it.
   */
  readonly reportDocument: ReportDocument | Promise<ReportDocument>;
  /** Makes a figures source from the address and key the clerk types; without it only pasting is offered. */
  readonly figuresSource?: FiguresSourceFactory;
  /** Where language and service settings are remembered (localStorage by default). */
  readonly settings?: SettingsStore;
  /** Follows the Office theme when Office says it. */
  readonly theme?: ThemeName;
  /** The service address offered until the clerk types one. */
  readonly defaultServiceUrl?: string;
  /** The key offered until the clerk types one: in development, the test key `npm start` made; else none. */
  readonly defaultApiKey?: string;
  /** The panels open at start. */
  readonly initialPanels?: readonly PanelId[];
  /** The compatibility self-test on a scratch document (“Kiểm tra tương thích”); without it the panel is not shown. */
  readonly selfTest?: SelfTestRunner;
  /** "Today", for the insert form's likely period. */
  readonly today?: Date;
};

/** The mark the pane sets on its first render (read by the benchmark). */
export const FIRST_RENDER_MARK = "baocao:pane-first-render";
