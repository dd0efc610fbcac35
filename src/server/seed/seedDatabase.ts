import { readFile } from "node:fs/promises";
import { FiguresSchema } from "../../domain/figures/schema";
import type { FiguresStore } from "../store/FiguresStore";

/** The agency the shipped template was written for, and the year of its seed report. */
export const SEED_AGENCY = { id: "sct-dongnai", name: "Sở Công Thương tỉnh Đồng Nai" } as const;
export const SEED_PERIODS = ["2021-Q1", "2021-H1", "2021-M9", "2021-Y"] as const;

export type SeedOptions = {
  /** The Quý I/2021 figures (JSON, FiguresSchema). */
  readonly fixturePath: string;
  readonly now: () => Date;
};

export type SeedReport = { readonly agency: string; readonly periods: readonly string[]; readonly figures: readonly string[] };

/**
 * Fills a new database with what a first run needs to show something real: Sở Công Thương Đồng Nai, the
 * periods of 2021, and its Quý I/2021 figures, written like any other write (version 1, with history).
 * A fixture that does not read as Figures is an error: a demo with broken data would mislead.
 */
export async function seedDatabase(store: FiguresStore, options: SeedOptions): Promise<SeedReport> {
  const figures = FiguresSchema.parse(JSON.parse(await readFile(options.fixturePath, "utf8")));
  await store.putAgency(SEED_AGENCY);
  for (const period of SEED_PERIODS) await store.putPeriod(SEED_AGENCY.id, period);
  const outcome = await store.writeFigures({
    template: figures.template,
    agency: figures.agency,
    period: figures.period,
    figures,
    expect: { kind: "none" },
    actor: "seed",
    via: "seed",
    at: options.now().toISOString(),
  });
  const written = outcome.kind === "written" ? [`${figures.template}/${figures.agency}/${figures.period}`] : [];
  return { agency: SEED_AGENCY.id, periods: SEED_PERIODS, figures: written };
}
