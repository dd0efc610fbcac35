import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The id of the element docx-preview renders for our bookmark, to scroll the selection into view. */
export const SELECTED_ANCHOR = "baocao-selected";

/** The preview's link to a figure the clerk may type into: `#baocao-edit-<control id>`. */
export const EDIT_ANCHOR_PREFIX = "baocao-edit-";

/**
 * A copy of a .docx for the preview (docx-preview renders neither content controls nor the selection): each
 * figure the clerk may type into (a `bc:fig:` control Word does not lock) becomes a link to
 * `#baocao-edit-<id>`, so that a click on it in the preview can open the typing; the selected content
 * control's runs are highlighted, with a bookmark at its start to scroll to. The document itself is untouched:
 * this copy is only shown.
 */
export async function markPreview(
  bytes: Uint8Array,
  selected: { readonly id: number; readonly tag: string } | undefined,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/document.xml");
  if (!part) return bytes;
  const dom = new DOMParser().parseFromString(await part.async("string"), "application/xml");
  const sdts = [...dom.getElementsByTagNameNS(W, "sdt")];
  for (const sdt of sdts) {
    const id = propOf(sdt, "id");
    const tag = propOf(sdt, "tag");
    const locked = child(child(sdt, "sdtPr") ?? sdt, "lock")?.getAttributeNS(W, "val");
    if (id && tag?.startsWith("bc:fig:") && locked !== "contentLocked" && locked !== "sdtContentLocked") linkRuns(dom, sdt, `${EDIT_ANCHOR_PREFIX}${id}`);
  }
  if (selected) highlight(dom, sdts, selected);
  zip.file("word/document.xml", new XMLSerializer().serializeToString(dom));
  return zip.generateAsync({ type: "uint8array" });
}

function propOf(sdt: Element, name: string): string | undefined {
  const pr = child(sdt, "sdtPr");
  return pr ? (child(pr, name)?.getAttributeNS(W, "val") ?? undefined) : undefined;
}

/** The control's runs, paragraph by paragraph, moved into a hyperlink to `anchor`. */
function linkRuns(dom: Document, sdt: Element, anchor: string): void {
  const content = child(sdt, "sdtContent");
  if (!content) return;
  const holders = [content, ...content.getElementsByTagNameNS(W, "p")];
  for (const holder of holders) {
    const runs = [...holder.children].filter((node) => node.namespaceURI === W && node.localName === "r");
    if (runs.length === 0) continue;
    const link = dom.createElementNS(W, "w:hyperlink");
    link.setAttributeNS(W, "w:anchor", anchor);
    holder.insertBefore(link, runs[0]!);
    for (const run of runs) link.appendChild(run);
  }
}

function highlight(dom: Document, sdts: readonly Element[], selected: { readonly id: number; readonly tag: string }): void {
  const target =
    sdts.find((s) => propOf(s, "id") === String(selected.id)) ??
    sdts.find((s) => propOf(s, "tag") === selected.tag);
  const content = target ? child(target, "sdtContent") : undefined;
  if (!content) return;

  for (const run of [...content.getElementsByTagNameNS(W, "r")]) {
    let props = child(run, "rPr");
    if (!props) {
      props = dom.createElementNS(W, "w:rPr");
      run.insertBefore(props, run.firstChild);
    }
    for (const old of [...props.getElementsByTagNameNS(W, "highlight")]) old.remove();
    const mark = dom.createElementNS(W, "w:highlight");
    mark.setAttributeNS(W, "w:val", "yellow");
    props.appendChild(mark);
  }
  const bookmark = dom.createElementNS(W, "w:bookmarkStart");
  bookmark.setAttributeNS(W, "w:id", "990001");
  bookmark.setAttributeNS(W, "w:name", SELECTED_ANCHOR);
  const firstParagraph = content.getElementsByTagNameNS(W, "p")[0];
  if (firstParagraph) {
    const props = child(firstParagraph, "pPr");
    firstParagraph.insertBefore(bookmark, props ? props.nextSibling : firstParagraph.firstChild);
  } else {
    content.insertBefore(bookmark, content.firstChild);
  }
}

function child(element: Element, localName: string): Element | undefined {
  for (const node of Array.from(element.children)) {
    if (node.namespaceURI === W && node.localName === localName) return node;
  }
  return undefined;
}
