import { flatOpcToBase64, openDocx, type DocxHost, type HostProfileName } from "../docx";
import { cchcQuarterlySct } from "../domain/template/cchcQuarterlySct";
import type { ReportDocument } from "../taskpane/services/ReportDocument";
import type { SelfTestRunner } from "../taskpane/services/SelfTestRunner";
import { createReportDocument } from "../taskpane/services/createReportDocument";
import { capabilitiesOf, WordSession } from "../word";
import { shippedRenderer } from "../word/operations/shippedRenderer";
import { runSelfTest } from "../word/selfTest";

/** The session over a headless host: its capabilities are the host's answers to isSetSupported, as in Word. */
export const sessionOf = (host: DocxHost): WordSession =>
  new WordSession((batch) => host.run(batch), capabilitiesOf((name, version) => host.isSetSupported(name, version)));

/**
 * The pane's ReportDocument over a headless Word: the very `src/word` operations the add-in runs inside Word,
 * on a session whose batches go to `host.run` instead of `Word.run`. The host's profile (office2021, 1.4, m365,
 * web) decides what the session may use: on office2021 the metadata falls back to custom properties, and the
 * pane says what that costs; without PageSetup the check lists the page setup to do by hand.
 */
export function makeReportDocument(host: DocxHost): ReportDocument {
  return createReportDocument({ session: sessionOf(host), template: cchcQuarterlySct, renderer: shippedRenderer });
}

/**
 * The pane's “Kiểm tra tương thích” in the playground: a fresh headless document of the chosen profile (the
 * blank document Word on the web would use, after the clerk confirms), never the document in the preview.
 */
export function playgroundSelfTest(profile: HostProfileName): SelfTestRunner {
  return {
    scratch: "blank",
    run: async (onCheck) => {
      const host = await openDocx(undefined, { profile });
      return runSelfTest(sessionOf(host), {
        renderer: shippedRenderer,
        isSetSupported: (name, version) => host.isSetSupported(name, version),
        version: `baocao playground (${profile})`,
        platform: host.profile.platform,
        toBase64Docx: flatOpcToBase64,
        ...(onCheck ? { onCheck } : {}),
      });
    },
  };
}
