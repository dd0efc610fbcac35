import type { Template } from "../domain/template/types";
import type { Importer } from "./importing/Importer";
import type { FiguresStore } from "./store/FiguresStore";

/** What the routes work with; `createServer` assembles it from its options. */
export type ServiceDeps = {
  readonly store: FiguresStore;
  readonly findTemplate: (id: string) => Template | undefined;
  readonly importer: Importer;
  /** The clock, for history and timestamps. */
  readonly now: () => Date;
};
