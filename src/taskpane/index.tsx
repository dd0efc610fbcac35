import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { StartupNotice } from "./StartupNotice";
import { watchHost } from "../word/host/detectHost";
import { hasHiddenDocuments, officeGlobal } from "../word/host/officeHost";
import { themeFromOffice } from "../word/host/officeTheme";
import { figuresSourceFromClient } from "./host/figuresSourceFromClient";
import type { SelfTestRunner } from "./services/SelfTestRunner";


/** `npm start`'s test key, put in the development build for the clerk (webpack's DefinePlugin); never in production. */
const DEV_API_KEY: string = process.env.BAOCAO_DEV_API_KEY ?? "";

const root = createRoot(document.getElementById("root") as HTMLElement);
const office = officeGlobal();

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
  // `npm run test:word` waiting on this machine: the development pane runs the self-test for it (a production
  // build drops this branch and the test helpers with it).
  if (process.env.NODE_ENV !== "production") void import("./host/wordSelfTest").then((m) => m.runForWaitingTestServer()).catch(() => undefined);
});
