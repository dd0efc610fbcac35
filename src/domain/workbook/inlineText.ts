import type { Figures } from "../figures/schema";
import type { Period } from "../period";
import { periodSlotText } from "../render/periodTexts";
import type { AgencyProfile, Inline, Template } from "../template/types";

/** What a label's period phrases and agency names are filled from. */
export type LabelContext = {
  readonly template: Template;
  readonly period: Period;
  readonly figures: Figures;
  readonly agency: AgencyProfile;
};

/**
 * The text of a template label as the printed report shows it for a period: "Năm {per:year}" → "Năm 2021".
 *
 * @example inlineText(parseInline("Năm {per:year}"), context) // → "Năm 2021"
 */
export function inlineText(label: readonly Inline[], context: LabelContext): string {
  return label
    .map((part) => {
      switch (part.kind) {
        case "text":
          return part.text;
        case "per": {
          const slot = context.template.periodSlots[part.slot];
          return slot ? periodSlotText(slot, context) : "";
        }
        case "agency":
          return context.agency[part.field];
        case "fig":
        case "hdr":
          return "";
      }
    })
    .join("");
}
