import { scanStalePeriods, type StaleFinding } from "../domain/checks/stalePeriod";
import type { Period } from "../domain/period";
import { isNullObjectError } from "./metadataStore";
import type { WordSession } from "./WordSession";

/**
 * The stale-period scan of the whole document's prose, in one sync: every paragraph's text is read once and
 * scanned by the pure core. Works on any document, the add-in's own or last quarter's report typed by hand.
 */
export async function scanStaleDocument(
  session: WordSession,
  period: Period,
): Promise<readonly StaleFinding[]> {
  return session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    return scanStalePeriods(
      paragraphs.items.map((p) => p.text),
      period,
    );
  });
}

/**
 * Selects a finding in the document so the clerk sees it: the paragraph is found by its index, the phrase by
 * a search inside it, selected in the same batch. Two syncs; a paragraph that changed since the scan selects
 * nothing and says so (the search finds nothing: ItemNotFound).
 */
export async function selectFinding(session: WordSession, finding: StaleFinding): Promise<boolean> {
  return session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items");
    await context.sync();
    const target = paragraphs.items[finding.paragraph];
    if (!target) return false;
    target.search(finding.text, { matchCase: true }).getFirst().select();
    try {
      await context.sync();
      return true;
    } catch (error) {
      if (isNullObjectError(error)) return false;
      throw error;
    }
  });
}
