import type { Period } from "../../domain/period";
import type { Failure } from "../shared/describeFailure";

/** The insert form of a blank document. */
export type InsertForm = {
  readonly agencyId: string;
  readonly period: Period;
  /** Fill the template with the figures already loaded, when they are this agency's and period's. */
  readonly fillWithLoaded: boolean;
};

/** One line of the report's description. */
export type StatusLine = { readonly label: string; readonly value: string };

export type InsertState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly period: string }
  | { readonly kind: "failed"; readonly failure: Failure };
