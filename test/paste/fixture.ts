import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figures } from "../../src/domain/figures/schema";
import type { PastedTable } from "../../src/domain/paste/PastedTable";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";

/** The Quý I/2021 figures of the seed report, as the template's author typed them from the seed. */
export const seedFigures: Figures = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "figures", "sct-dongnai-2021-Q1.json"), "utf8"),
) as Figures;

/** What a paste of one of the seed's tables must read: the fixture's rows of that table. */
export function seedTable(tableId: string): PastedTable {
  const table = cchcQuarterlySct.tables[tableId];
  const rows = seedFigures.tables[tableId]?.rows;
  if (!table || !rows) throw new Error(`The seed has no table ${tableId}`);
  return { tableId, mode: table.rows.mode, rows };
}
