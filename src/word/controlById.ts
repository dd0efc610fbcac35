import { syncFound } from "./selectTag";
import type { WordSession } from "./WordSession";

/** The tag and text of the content control of this id, one sync; undefined when it is no longer there. */
export async function readControl(session: WordSession, id: number): Promise<{ readonly tag: string; readonly text: string } | undefined> {
  return session.run(async (context) => {
    const control = context.document.contentControls.getByIdOrNullObject(id);
    control.load("tag,text");
    await context.sync();
    return control.isNullObject ? undefined : { tag: control.tag, text: control.text };
  });
}

/**
 * Replaces the text of the content control of this id, as the clerk's typing does in Word: nothing else of the
 * document is touched. One sync; false when the control is no longer there (ItemNotFound).
 */
export async function typeIntoControl(session: WordSession, id: number, text: string): Promise<boolean> {
  return session.run(async (context) => {
    context.document.contentControls.getById(id).insertText(text, "Replace");
    return syncFound(context);
  });
}
