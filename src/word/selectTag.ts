import { parseTag } from "../domain/tags";
import { isNullObjectError } from "./metadataStore";
import type { WordSession } from "./WordSession";

/**
 * Selects the first content control with this tag so the clerk sees it. One sync: a tag no longer in the
 * document fails the batch with ItemNotFound, and the answer is false.
 */
export async function selectTag(session: WordSession, tag: string): Promise<boolean> {
  return session.run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().select();
    return syncFound(context);
  });
}

/** Syncs a batch that selects something: false when what it selects is no longer there (ItemNotFound). */
export async function syncFound(context: Word.RequestContext): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (isNullObjectError(error)) return false;
    throw error;
  }
}

/** Whether the body holds no text at all (a new document), one sync. */
export async function bodyIsBlank(session: WordSession): Promise<boolean> {
  const text = await session.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return body.text;
  });
  return text.trim() === "";
}

/**
 * The figure the clerk is on: the control round the cursor, or the one figure a whole selection holds (its
 * handle clicked, or `select()`). One sync; undefined when the selection is on no figure.
 */
export async function selectedFigure(session: WordSession): Promise<string | undefined> {
  return session.run(async (context) => {
    const selection = context.document.getSelection();
    const around = selection.parentContentControlOrNullObject;
    around.load("tag");
    const inside = selection.contentControls.load("items/tag");
    await context.sync();
    const figures = (tags: readonly string[]) => tags.filter((tag) => parseTag(tag)?.kind === "fig");
    const held = figures(inside.items.map((c) => c.tag));
    if (held.length === 1) return held[0];
    return figures(around.isNullObject ? [] : [around.tag])[0];
  });
}
