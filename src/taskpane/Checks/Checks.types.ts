import type { Severity } from "../../domain/issues";
import type { ReadinessItem } from "../services/ReportDocument";

/** Readiness items of one severity: must fix, worth a look, left for the văn thư. */
export type CheckGroup = {
  readonly severity: Severity;
  readonly items: readonly { readonly item: ReadinessItem; readonly text: string }[];
};

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
