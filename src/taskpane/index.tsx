import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { StartupNotice } from "./StartupNotice";
import { watchHost } from "./host/detectHost";
import { figuresSourceFromClient } from "./host/figuresSourceFromClient";
import { themeFromOffice } from "./host/officeTheme";
import type { SelfTestRunner } from "./services/SelfTestRunner";

/** Desktop Word with WordApiHiddenDocument: the self-test runs in a hidden document, without confirmation. */
const hasHiddenDocuments = (office: unknown): boolean =>
  (office as { context?: { requirements?: { isSetSupported: (n: string, v?: string) => boolean } } } | undefined)?.context?.requirements?.isSetSupported(
    "WordApiHiddenDocument",
    "1.3",
  ) === true;

/** `npm start`'s test key, put in the development build for the clerk (webpack's DefinePlugin); never in production. */
const DEV_API_KEY: string = process.env.BAOCAO_DEV_API_KEY ?? "";

const root = createRoot(document.getElementById("root") as HTMLElement);
const office = (
  globalThis as unknown as {
    Office?: Parameters<typeof watchHost>[0] & Parameters<typeof themeFromOffice>[0];
  }
).Office;

// Inside Word the pane works on the open document; anywhere else it says that Word is needed (the playground
// is the way to try it without Word). A slow Office.onReady brings the pane up whenever it resolves.
watchHost(office, (host) => {
  if (host !== "word") {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <StartupNotice host={host} />
      </FluentProvider>,
    );
    return;
  }
  // The document layer (template, rendering, Word operations) is its own chunk, fetched while the pane renders.
  const reportDocument = import("./host/wordReportDocument").then((m) => m.wordReportDocument());
  // The self-test's probe is loaded only when the clerk runs it.
  const selfTest = {
    scratch: hasHiddenDocuments(office) ? ("hidden" as const) : ("blank" as const),
    run: async (onCheck?: Parameters<SelfTestRunner["run"]>[0]) => (await import("./host/wordSelfTest")).wordSelfTest().run(onCheck),
  };
  root.render(
    <App
      reportDocument={reportDocument}
      figuresSource={figuresSourceFromClient}
      selfTest={selfTest}
      theme={themeFromOffice(office)}
      defaultServiceUrl={new URL("api", document.baseURI).href}
      defaultApiKey={DEV_API_KEY}
    />,
  );
});
