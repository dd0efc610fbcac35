import type { Period } from "../../domain/period";
import type { Failure } from "../shared/describeFailure";
import type { AdoptSummary } from "../services/ReportDocument";

/** What the clerk asks adopt to read the report as. */
export type AdoptForm = {
  readonly agencyId: string;
  /** True: the period the title names; false: `period`. */
  readonly fromTitle: boolean;
  readonly period: Period;
};

export type AdoptState =
  | { readonly kind: "idle" }
  | { readonly kind: "recognising" }
  /** The preview: nothing written; `confirmed` are the weak figures the clerk ticked. */
  | { readonly kind: "previewed"; readonly summary: AdoptSummary; readonly confirmed: ReadonlySet<string> }
  | { readonly kind: "applying"; readonly summary: AdoptSummary; readonly confirmed: ReadonlySet<string> }
  | { readonly kind: "failed"; readonly failure: Failure };
