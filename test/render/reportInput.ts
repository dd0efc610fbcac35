/** The Quý I/2021 report of Sở Công Thương Đồng Nai, as the render tests draw it: shipped template, fixture, profile. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figures } from "../../src/domain/figures/schema";
import type { ReportInput } from "../../src/domain/render";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { sctDongNai } from "../../src/domain/template/cchcQuarterlySct/agencyProfile";

export const repoRoot = join(__dirname, "..", "..");

export const seedFigures = (): Figures =>
  JSON.parse(readFileSync(join(repoRoot, "test", "fixtures", "figures", "sct-dongnai-2021-Q1.json"), "utf8")) as Figures;

/** The seed's report; `figures` may be changed from the fixture's. */
export const q1Input = (change: (f: Figures) => Figures = (f) => f): ReportInput => ({
  template: cchcQuarterlySct,
  figures: change(seedFigures()),
  agency: sctDongNai,
  period: { year: 2021, kind: "Q1" },
});
