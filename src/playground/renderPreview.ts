import { renderAsync } from "docx-preview";
import { SELECTED_ANCHOR, markPreview } from "./markPreview";
import { paginate } from "./paginate";

export type PreviewSelection =
  | { readonly kind: "contentControl"; readonly id: number; readonly tag: string }
  | { readonly kind: "range"; readonly text: string }
  | null;

/**
 * Draws the document into `container` with docx-preview, through a marked copy of the .docx: the figures the
 * clerk may type into are links (`#baocao-edit-<id>`), a selected content control is highlighted; a selected
 * range of prose is found by its text in what was drawn.
 */
export async function renderPreview(args: {
  readonly bytes: Uint8Array;
  readonly selection: PreviewSelection;
  readonly container: HTMLElement;
  readonly styles: HTMLElement;
}): Promise<void> {
  const { selection, container, styles } = args;
  const bytes = await markPreview(args.bytes, selection?.kind === "contentControl" ? selection : undefined);
  await renderAsync(new Blob([bytes as BlobPart]), container, styles, {
    className: "docx",
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: true,
  });
  // The printed report's pages: docx-preview draws a section as one long page.
  paginate(container);
  const anchor =
    selection?.kind === "contentControl"
      ? container.querySelector(`[id="${SELECTED_ANCHOR}"]`)
      : selection?.kind === "range"
        ? markText(container, selection.text)
        : null;
  anchor?.scrollIntoView({ block: "center" });
}

/** Wraps the first occurrence of `text` (within one text node) in a <mark>; returns it. */
function markText(container: HTMLElement, text: string): HTMLElement | null {
  if (text.trim() === "") return null;
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = container.ownerDocument.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const mark = container.ownerDocument.createElement("mark");
    range.surroundContents(mark);
    return mark;
  }
  return null;
}
