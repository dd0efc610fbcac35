import { configure, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import type { AppProps } from "../../../src/taskpane/App.types";
import { memorySettings, type SettingsStore } from "../../../src/taskpane/shared/settingsStore";
import { fakeReportDocument, type FakeReportDocument } from "./fakeReportDocument";

// Several jsdom suites run side by side on two cores: give Word's fakes and Fluent's effects time to settle.
configure({ asyncUtilTimeout: 5000 });

export type RenderPaneOptions = Partial<Omit<AppProps, "reportDocument" | "settings">> & {
  readonly doc?: FakeReportDocument;
  readonly settings?: SettingsStore;
};

/** Renders the whole pane over a fake document, with settings kept in memory and a fixed "today". */
export function renderPane(options: RenderPaneOptions = {}) {
  const { doc: given, settings: store, ...props } = options;
  const doc = given ?? fakeReportDocument();
  const settings = store ?? memorySettings();
  const user = userEvent.setup();
  const result = render(
    <App today={new Date(2021, 2, 10)} {...props} reportDocument={doc} settings={settings} />,
  );
  return { ...result, doc, settings, user };
}
