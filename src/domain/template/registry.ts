import { cchcQuarterlySct } from "./cchcQuarterlySct";
import type { Template } from "./types";

/** The templates baocao ships; the first is the default. */
export const templates: readonly Template[] = [cchcQuarterlySct];

/** @example findTemplate("cchc-quarterly-sct")?.version // → "1.0.0"; findTemplate(undefined) is the default */
export function findTemplate(id: string | undefined): Template | undefined {
  return id === undefined ? templates[0] : templates.find((t) => t.id === id);
}
