import type { StaleFinding } from "../domain/checks/stalePeriod";
import { syncFound } from "./selectTag";
import type { WordSession } from "./WordSession";

/**
 * Selects a finding of the check (`checkReport`) in the document so the clerk sees it: the paragraph is found
 * by its index, the phrase by a search inside it, selected in the same batch. Two syncs; a paragraph that
 * changed since the check selects nothing and says so (the search finds nothing: ItemNotFound).
 */
export async function selectFinding(session: WordSession, finding: StaleFinding): Promise<boolean> {
  return session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items");
    await context.sync();
    const target = paragraphs.items[finding.paragraph];
    if (!target) return false;
    target.search(finding.text, { matchCase: true }).getFirst().select();
    return syncFound(context);
  });
}
