import fixture from "../../../test/fixtures/figures/sct-dongnai-2021-Q1.json";
import { cchcQuarterlySct } from "../template/cchcQuarterlySct";
import type { Figures } from "./schema";

/** The Quý I/2021 figures of the seed, as a Figures file (test/fixtures/figures); a fresh copy each call. */
export const seedFigures = (): Figures => structuredClone(fixture as unknown as Figures);

/** The raw fixture, for validation tests that must see it as unknown input. */
export const seedFixtureJson = (): unknown => structuredClone(fixture as unknown);

export const template = cchcQuarterlySct;
