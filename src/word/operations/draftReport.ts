import { insertReport } from "../insertReport";
import type { WordSession } from "../WordSession";
import { metadataFor } from "./buildMetadata";
import type { ReportContent, ReportInput, ReportRenderer } from "./ReportRenderer";

/**
 * Job 1, draft: the filled report inserted in one `insertOoxml`, its page header and page setup where the
 * host allows (see insertReport), with its metadata, in one batch.
 *
 * @example await draftReport(session, renderer, { input, source: "file:figures.json", now: new Date() })
 */
export async function draftReport(
  session: WordSession,
  renderer: ReportRenderer,
  args: { readonly input: ReportInput; readonly source?: string; readonly now: Date },
): Promise<ReportContent> {
  const content = renderer.content(args.input);
  await insertReport(session, {
    ooxml: renderer.report(args.input),
    pageHeader: renderer.pageHeader(),
    metadata: metadataFor({ input: args.input, content, source: args.source, now: args.now }),
  });
  return content;
}
