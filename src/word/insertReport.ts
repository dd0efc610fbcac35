import { METADATA_NAMESPACE, type ReportMetadata } from "../domain/metadata";
import { queueMetadataWrite } from "./metadataStore";
import type { WordSession } from "./WordSession";

export type InsertReportInput = {
  /** The filled report as Flat OPC, from `renderReport`. */
  readonly ooxml: string;
  readonly metadata: ReportMetadata;
};

/**
 * Inserts the whole filled report in one `insertOoxml` and writes its metadata in the same batch. On WordApi
 * 1.4 a first sync finds an earlier report's metadata parts, which the insert replaces: two syncs; on 1.3 the
 * properties are simply set: one. The report replaces the body: the pane offers it on a blank document, and
 * the CLI's `new` starts from one.
 */
export async function insertReport(session: WordSession, input: InsertReportInput): Promise<void> {
  await session.run(async (context) => {
    let old: Word.CustomXmlPartScopedCollection | undefined;
    if (session.capabilities.customXmlParts) {
      old = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE);
      old.load("items/id");
      await context.sync();
    }
    context.document.body.insertOoxml(input.ooxml, "Replace");
    for (const part of old?.items ?? []) part.delete();
    queueMetadataWrite(context, session.capabilities, input.metadata, false);
    await context.sync();
  });
}
