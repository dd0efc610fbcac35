import type { Figures } from "../../domain/figures/schema";
import type { Result } from "../../domain/issues/Issue";
import type { Template } from "../../domain/template/types";

export type ImportInput = {
  readonly text: string;
  /** `csv`: a key/value list of figures in prose; `tsv`: one table. */
  readonly format: "csv" | "tsv";
  readonly table?: string;
  /** The figures stored now (or an empty dataset): what the import is merged into. */
  readonly base: Figures;
  readonly template: Template;
};

/**
 * Turns an upload into the whole new dataset, with every issue found. Injected, so that the service does
 * not depend on how pastes are read; the service still validates the result with `parseFigures`.
 */
export type Importer = (input: ImportInput) => Result<Figures>;
