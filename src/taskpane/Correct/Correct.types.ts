import type { Issue } from "../../domain/issues/Issue";
import type { CorrectionPreview } from "../services/ReportDocument";

/** Where the typed value stands: not looked at yet, being looked at, refused (with its issue), or previewed. */
export type CheckState =
  | { readonly kind: "idle" }
  | { readonly kind: "checking" }
  | { readonly kind: "invalid"; readonly issue: Issue }
  | { readonly kind: "ready"; readonly preview: Extract<CorrectionPreview, { kind: "ready" }> }
  | { readonly kind: "failed"; readonly error: unknown };

/** Where the correction went: the figures service too, the report only because the key may only read, or the report only. */
export type CorrectionRoute = "service" | "readOnlyKey" | "document";

/** The errors are kept as they came, and worded when shown, in the language of that moment. */
export type ApplyState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly route: CorrectionRoute; readonly changes: number; readonly syncs: number }
  | { readonly kind: "failed"; readonly error: unknown; readonly service: boolean };
