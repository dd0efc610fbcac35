import type { AgencyProfile, Template } from "../template/types";
import type { ControlIds } from "./controlIds";

/**
 * What every render step reads. The texts come from `reportContent`, so a control always shows exactly what a
 * refresh would compare it with.
 */
export type RenderContext = {
  readonly template: Template;
  readonly agency: AgencyProfile;
  /** Tag → the text its control shows (figures, period phrases, header fields, table cells). */
  readonly texts: ReadonlyMap<string, string>;
  /** Table id → data rows. */
  readonly rows: ReadonlyMap<string, number>;
  readonly ids: ControlIds;
};
