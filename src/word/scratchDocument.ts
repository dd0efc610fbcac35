import type { RunWord } from "./WordSession";

/** Thrown when the open document is not blank: the self-test never writes into a clerk's document. */
export class NotBlankDocument extends Error {
  override name = "NotBlankDocument";
}

/**
 * A hidden scratch document on desktop Word (WordApiHiddenDocument 1.3): `application.createDocument()` makes a
 * document the clerk never sees (Word cannot close it and may ask to save it on exit; office-js#6339). Every
 * batch then runs with that document as `context.document`, so the add-in's operations write into it, never into
 * the open report. Untested in a real Word here: the self-test itself says whether it works.
 */
export async function hiddenScratch(): Promise<RunWord> {
  const created = await Word.run(async (context) => {
    const doc = context.application.createDocument();
    context.trackedObjects.add(doc);
    await context.sync();
    return doc;
  });
  return (batch) =>
    Word.run(created, async (context) => {
      Object.defineProperty(context, "document", { value: created, configurable: true });
      return batch(context);
    });
}

/**
 * The open document as scratch, only when it is blank (no text, no control): Word on the web, where a created
 * document "is only useful for open()" (office-js#5169), after the clerk opened a new blank document and agreed.
 */
export async function blankScratch(): Promise<RunWord> {
  const blank = await Word.run(async (context) => {
    const body = context.document.body.load("text");
    const controls = context.document.contentControls.load("items");
    await context.sync();
    return body.text.trim() === "" && controls.items.length === 0;
  });
  if (!blank) throw new NotBlankDocument("The open document is not blank.");
  return (batch) => Word.run(batch);
}
