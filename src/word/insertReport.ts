import { ND30_PAGE_SETUP } from "../domain/checks/pageSetupIssues";
import { METADATA_NAMESPACE, type ReportMetadata } from "../domain/metadata";
import { queueMetadataWrite } from "./metadataStore";
import type { WordSession } from "./WordSession";

export type InsertReportInput = {
  /** The filled report as Flat OPC, from `renderReport`. */
  readonly ooxml: string;
  /** The page-number paragraph as Flat OPC (`pageNumberHeaderOoxml`), for the header of every page. */
  readonly pageHeader: string;
  readonly metadata: ReportMetadata;
};

/** What the insert could not do on this host and the clerk must do by hand (listed by the check before signing). */
export type InsertReportResult = { readonly pageSetupByHand: boolean };

/**
 * Inserts the whole filled report and writes its metadata in the same batch. The body goes in by one
 * `insertOoxml`, which in Word never carries headers, footers or section properties (Word add-ins
 * troubleshooting; office-js#2623): the page-number header is written through the sections API (WordApi 1.1),
 * and A4, ND 30's margins and "different first page" through PageSetup where the host has WordApiDesktop 1.3.
 * Elsewhere (Office 2021, Word on the web) the page setup is left to the clerk, and `checkReport` lists what to
 * set. On WordApi 1.4 a first sync finds an earlier report's metadata parts, which the insert replaces: two
 * syncs; on 1.3 one. The report replaces the body: the pane offers it on a blank document, and the CLI's `new`
 * starts from one.
 */
export async function insertReport(session: WordSession, input: InsertReportInput): Promise<InsertReportResult> {
  const { capabilities } = session;
  await session.run(async (context) => {
    let old: Word.CustomXmlPartScopedCollection | undefined;
    if (capabilities.customXmlParts) {
      old = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE);
      old.load("items/id");
      await context.sync();
    }
    context.document.body.insertOoxml(input.ooxml, "Replace");
    const section = context.document.sections.getFirst();
    section.getHeader("Primary").insertOoxml(input.pageHeader, "Replace");
    if (capabilities.pageSetup) {
      section.getHeader("FirstPage").clear();
      section.pageSetup.set({ ...ND30_PAGE_SETUP });
    }
    for (const part of old?.items ?? []) part.delete();
    queueMetadataWrite(context, capabilities, input.metadata, undefined);
    await context.sync();
  });
  return { pageSetupByHand: !capabilities.pageSetup };
}
