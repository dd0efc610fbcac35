import type { Change, Conflict } from "../../domain/plan";
import type { Failure } from "../shared/describeFailure";

export type ConflictChoice = "keep" | "overwrite";

/** The changes of one section, in document order, with their labels for people. */
export type ChangeGroup = {
  readonly sectionId: string;
  readonly heading: string;
  readonly changes: readonly (Change & { readonly label: string })[];
};

export type LabelledConflict = Conflict & { readonly label: string };

export type ApplyState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly changes: number; readonly kept: number; readonly syncs: number }
  | { readonly kind: "failed"; readonly failure: Failure };
