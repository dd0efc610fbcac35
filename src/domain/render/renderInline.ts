import { figureTag, headerTag, periodTag } from "../tags/tags";
import type { Inline } from "../template/types";
import { inlineControl } from "./contentControl";
import { figureTitle, HEADER_FIELD_TITLES, periodTitle } from "./controlTitles";
import type { RenderContext } from "./RenderContext";
import { runXml, type RunStyle } from "./runXml";

/**
 * Inline content as runs: text as escaped runs, every figure, period phrase and header field as an inline
 * rich-text control showing its text from the context, the agency's names as plain text. The run style applies
 * inside controls too, so a figure in a bold heading is bold.
 *
 * @example
 * renderInline(parseInline("đạt {fig:II.2.2.1.onTimeRatePct}"), context)
 * // → '<w:r>…đạt …</w:r><w:sdt>…<w:tag w:val="bc:fig:II.2.2.1.onTimeRatePct"/>…99,36%…</w:sdt>'
 */
export function renderInline(content: readonly Inline[], context: RenderContext, style: RunStyle = {}): string {
  const { template, texts, ids } = context;
  const control = (tag: string, title: string, locked = false): string =>
    inlineControl({ tag, title, locked }, texts.get(tag) ?? "", { ids, style });
  return content
    .map((item) => {
      switch (item.kind) {
        case "text":
          return runXml(item.text, style);
        case "fig":
          return control(figureTag(item.key), figureTitle(template, item.key), !!template.fields[item.key]?.computed);
        case "per":
          return control(periodTag(item.slot), periodTitle(template, item.slot));
        case "hdr":
          return control(headerTag(item.field), HEADER_FIELD_TITLES[item.field]);
        case "agency":
          return runXml(context.agency[item.field], style);
      }
    })
    .join("");
}
