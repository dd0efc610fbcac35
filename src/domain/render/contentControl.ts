import type { ControlIds } from "./controlIds";
import { runXml, type RunStyle } from "./runXml";
import { attr } from "./xml";

/** Word shows a control's title in its handle; longer titles are cut rather than refused. */
const MAX_TITLE = 120;

export type ControlProps = {
  readonly tag: string;
  /** The Vietnamese label Word shows (`w:alias`). */
  readonly title: string;
  /** Computed cells: the clerk may not type over them; the add-in lifts the lock to write. */
  readonly locked?: boolean;
};

const shortTitle = (title: string): string => {
  const t = title.replace(/\s+/g, " ").trim();
  return t.length <= MAX_TITLE ? t : `${t.slice(0, MAX_TITLE - 1)}…`;
};

/**
 * The `w:sdtPr` of a rich-text control: no type element, which is what makes it rich text.
 *
 * @example
 * sdtProperties({ tag: "bc:fig:k", title: "Số hồ sơ" }, controlIds(7))
 * // → '<w:sdtPr><w:alias w:val="Số hồ sơ"/><w:tag w:val="bc:fig:k"/><w:id w:val="7"/></w:sdtPr>'
 */
export function sdtProperties(props: ControlProps, ids: ControlIds, rPr = ""): string {
  return (
    `<w:sdtPr>${rPr}<w:alias${attr("w:val", shortTitle(props.title))}/><w:tag${attr("w:val", props.tag)}/>` +
    `<w:id w:val="${ids.next()}"/>${props.locked ? '<w:lock w:val="contentLocked"/>' : ""}</w:sdtPr>`
  );
}

/**
 * An inline (run-level) control holding one text, escaped, in the given character formatting.
 *
 * @example
 * inlineControl({ tag: "bc:fig:T2.r1.c5", title: "T2 Tỷ lệ", locked: true }, "96,3 %", { ids: controlIds() })
 * // → '<w:sdt><w:sdtPr>…<w:lock w:val="contentLocked"/></w:sdtPr><w:sdtContent><w:r>…96,3 %…</w:r></w:sdtContent></w:sdt>'
 */
export function inlineControl(
  props: ControlProps,
  text: string,
  options: { readonly ids: ControlIds; readonly style?: RunStyle },
): string {
  const run = runXml(text, options.style);
  const rPr = /^<w:r>(<w:rPr>.*?<\/w:rPr>)/.exec(run)?.[1] ?? "";
  return `<w:sdt>${sdtProperties(props, options.ids, rPr)}<w:sdtContent>${run}</w:sdtContent></w:sdt>`;
}

/**
 * A block-level control around paragraphs and tables (a section, a table).
 *
 * @example
 * blockControl({ tag: "bc:sec:I", title: "I. Công tác chỉ đạo" }, "<w:p/>", controlIds())
 * // → '<w:sdt><w:sdtPr>…</w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>'
 */
export function blockControl(props: ControlProps, blocks: string, ids: ControlIds): string {
  return `<w:sdt>${sdtProperties(props, ids)}<w:sdtContent>${blocks}</w:sdtContent></w:sdt>`;
}
