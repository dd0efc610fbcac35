import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The id of the element docx-preview renders for our bookmark, to scroll the selection into view. */
export const SELECTED_ANCHOR = "baocao-selected";

/**
 * A copy of a .docx for the preview, with the selected content control's runs highlighted and a bookmark at
 * its start (docx-preview renders neither content controls nor the selection). The document itself is
 * untouched: this copy is only shown.
 */
export async function markSelection(
  bytes: Uint8Array,
  selected: { readonly id: number; readonly tag: string },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/document.xml");
  if (!part) return bytes;
  const dom = new DOMParser().parseFromString(await part.async("string"), "application/xml");
  const sdts = [...dom.getElementsByTagNameNS(W, "sdt")];
  const propOf = (sdt: Element, name: string) => {
    const pr = child(sdt, "sdtPr");
    return pr ? (child(pr, name)?.getAttributeNS(W, "val") ?? undefined) : undefined;
  };
  const target =
    sdts.find((s) => propOf(s, "id") === String(selected.id)) ??
    sdts.find((s) => propOf(s, "tag") === selected.tag);
  const content = target ? child(target, "sdtContent") : undefined;
  if (!content) return bytes;

  for (const run of [...content.getElementsByTagNameNS(W, "r")]) {
    let props = child(run, "rPr");
    if (!props) {
      props = dom.createElementNS(W, "w:rPr");
      run.insertBefore(props, run.firstChild);
    }
    for (const old of [...props.getElementsByTagNameNS(W, "highlight")]) old.remove();
    const highlight = dom.createElementNS(W, "w:highlight");
    highlight.setAttributeNS(W, "w:val", "yellow");
    props.appendChild(highlight);
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
  zip.file("word/document.xml", new XMLSerializer().serializeToString(dom));
  return zip.generateAsync({ type: "uint8array" });
}

function child(element: Element, localName: string): Element | undefined {
  for (const node of Array.from(element.children)) {
    if (node.namespaceURI === W && node.localName === localName) return node;
  }
  return undefined;
}
