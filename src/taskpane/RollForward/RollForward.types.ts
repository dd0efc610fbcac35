import type { Failure } from "../shared/describeFailure";

export type RollState =
  | { readonly kind: "idle" }
  | { readonly kind: "confirming" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly next: string; readonly changes: number; readonly syncs: number }
  | { readonly kind: "failed"; readonly failure: Failure };
