import { scanStalePeriods, type StaleFinding } from "../domain/checks/stalePeriod";
import type { Period } from "../domain/period";
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
 * a search inside it. One sync; a paragraph that changed since the scan selects nothing and says so.
 */
export async function selectFinding(session: WordSession, finding: StaleFinding): Promise<boolean> {
  return session.run(async (context) => {
    const paragraph = context.document.body.paragraphs.load("items");
    await context.sync();
    const target = paragraph.items[finding.paragraph];
    if (!target) return false;
    const hits = target.search(finding.text, { matchCase: true });
    const first = hits.getFirstOrNullObject();
    first.load("text");
    await context.sync();
    if (first.isNullObject) return false;
    first.select();
    await context.sync();
    return true;
  });
}
