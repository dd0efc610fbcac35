import { flatOpcToBase64 } from "../../docx/package/flatOpcToDocx";
import { capabilitiesOf, WordSession, type RunWord } from "../../word";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { runSelfTest } from "../../word/selfTest";
import type { SelfTestRunner } from "../services/SelfTestRunner";

/** Thrown when the open document is not blank: the self-test never writes into a clerk's document. */
export class NotBlankDocument extends Error {}

/**
 * The self-test inside Word. Desktop Word with WordApiHiddenDocument 1.3: a hidden document made by
 * `application.createDocument()`, which the clerk never sees (Word cannot close it; office-js#6339); every batch of
 * the probe runs with that document as `context.document`. Elsewhere (Word on the web, where a created document
 * "is only useful for open()", office-js#5169): the open document, and only when it is blank — the clerk opens a
 * new blank document, opens baocao there and confirms. When `npm run test:word` waits on this machine, the report
 * is posted to its office-addin-test-server as well.
 */
export function wordSelfTest(): SelfTestRunner {
  const { requirements, diagnostics } = Office.context;
  const isSetSupported = (name: string, version?: string) => requirements.isSetSupported(name, version);
  const hidden = isSetSupported("WordApiHiddenDocument", "1.3");
  return {
    scratch: hidden ? "hidden" : "blank",
    run: async (onCheck) => {
      const runWord = hidden ? await hiddenDocument() : await blankDocument();
      const session = new WordSession(runWord, capabilitiesOf(isSetSupported));
      const report = await runSelfTest(session, {
        renderer: shippedRenderer,
        isSetSupported,
        version: diagnostics?.version,
        platform: String(diagnostics?.platform ?? ""),
        toBase64Docx: flatOpcToBase64,
        ...(onCheck ? { onCheck } : {}),
      });
      await postToTestServer(report);
      return report;
    },
  };
}

async function hiddenDocument(): Promise<RunWord> {
  const created = await Word.run(async (context) => {
    const doc = context.application.createDocument();
    context.trackedObjects.add(doc);
    await context.sync();
    return doc;
  });
  return (batch) =>
    Word.run(created, async (context) => {
      Object.defineProperty(context, "document", { value: created, configurable: true });
      return batch(context);
    });
}

async function blankDocument(): Promise<RunWord> {
  const blank = await Word.run(async (context) => {
    const body = context.document.body.load("text");
    const controls = context.document.contentControls.load("items");
    await context.sync();
    return body.text.trim() === "" && controls.items.length === 0;
  });
  if (!blank) throw new NotBlankDocument("The open document is not blank.");
  return (batch) => Word.run(batch);
}

/** Posts the report to `npm run test:word`'s server when one answers on this machine; silent otherwise. */
async function postToTestServer(report: object): Promise<void> {
  try {
    const helpers = await import("office-addin-test-helpers");
    const ping = await Promise.race([helpers.pingTestServer(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 1500))]);
    if (ping?.status === 200) await helpers.sendTestResults(report);
  } catch {
    // No test server: the pane alone shows the report.
  }
}
