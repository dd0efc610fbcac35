import type { ReportMetadata } from "../domain/metadata";
import { queueMetadataWrite } from "./metadataStore";
import type { WordSession } from "./WordSession";

export type InsertReportInput = {
  /** The filled report as Flat OPC, from `renderReport`. */
  readonly ooxml: string;
  readonly metadata: ReportMetadata;
};

/**
 * Inserts the whole filled report in one `insertOoxml` and writes its metadata in the same batch:
 * one sync. The report replaces the body: the pane offers it on a blank document, and the CLI's `new`
 * starts from one.
 */
export async function insertReport(session: WordSession, input: InsertReportInput): Promise<void> {
  await session.run(async (context) => {
    context.document.body.insertOoxml(input.ooxml, "Replace");
    queueMetadataWrite(context, session.capabilities, input.metadata);
    await context.sync();
  });
}
