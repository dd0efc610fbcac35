import { percentOf } from "../format";
import type { FieldKey, Template } from "../template/types";
import type { Figures } from "./schema";

/**
 * The prose figures the add-in computes rather than reads (`computed` in the template): a ratio's percent,
 * exact and rounded half-up to the field's places; blank (null) when the ratio is missing or its whole is 0.
 *
 * @example computeFields(template, figures) // → { "II.6.c.egovOnlinePct": 100 } for 116/116
 */
export function computeFields(template: Template, figures: Pick<Figures, "fields">): Readonly<Record<FieldKey, number | null>> {
  const out: Record<FieldKey, number | null> = {};
  for (const def of Object.values(template.fields)) {
    if (!def.computed) continue;
    const ratio = figures.fields[def.computed.of];
    out[def.key] =
      typeof ratio === "object" && ratio !== null && typeof ratio.num === "number" && typeof ratio.den === "number"
        ? (percentOf(ratio.num, ratio.den, def.decimals ?? 0) ?? null)
        : null;
  }
  return out;
}
