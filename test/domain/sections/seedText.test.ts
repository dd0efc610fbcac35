import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seedDir } from "../../support/seedParagraphs";
import { sections } from "../../../src/domain/template/cchcQuarterlySct/sections";
import { joinSeedLines, lcsLength, printedLines, type SlotText, words } from "./sections.testkit";

const shared = seedDir;
const seedLines = readFileSync(join(shared, "bao-cao-cchc-quy-I-2021.txt"), "utf8").split(/\r?\n/);

type ProseField = {
  readonly key: string;
  readonly type: string;
  readonly value: string;
  readonly excerpt: string;
};
const proseFields = (
  JSON.parse(readFileSync(join(shared, "prose-fields.json"), "utf8")) as { fields: ProseField[] }
).fields;

/** The seed's Quý I/2021 values: a count stated in words shows the seed's words. */
const figureValues = new Map(
  proseFields.map((f) => [f.key, f.type === "integer expressed as text" ? f.excerpt : f.value] as const),
);
const periodValues: Readonly<Record<string, string>> = {
  label: "Quí I năm 2021",
  labelSlash: "Quý I/2021",
  labelDash: "Quí I - 2021",
  dataRange: "từ 01/01/2021 đến ngày 01/03/2021",
  asOf: "02/03/2021",
  year: "2021",
  prevYear: "2020",
};
const seedValue: SlotText = (slot) => {
  const value = slot.kind === "fig" ? figureValues.get(slot.key) : periodValues[slot.slot];
  if (value === undefined) throw new Error(`no seed value for ${JSON.stringify(slot)}`);
  return value;
};

/** Seed lines (1-based, inclusive) that belong to tables T1–T11, not to prose (template-spec §3). */
const tableLines: readonly (readonly [number, number])[] = [
  [389, 537], // T1
  [612, 664], // T2
  [750, 756], // T3
  [772, 832], // T4
  [853, 859], // T5
  [869, 911], // T6
  [944, 982], // T7
  [1146, 1192], // T8
  [1278, 1337], // T9
  [1344, 1392], // T10
  [1410, 1418], // T11
];
const inTable = (n: number): boolean => tableLines.some(([from, to]) => n >= from && n <= to);

/** The body of the seed: heading I (L22) to the end of V.2 (L1708); the closing sentence is not the body's. */
const seedBody = joinSeedLines(seedLines.slice(21, 1708).filter((_, i) => !inTable(i + 22)));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the body's text against the seed", () => {
  it("prints the seed's body, tables aside, word for word and nothing else, whatever the slots hold", () => {
    // Each printed line must match the seed exactly where the previous one ended. Slots match any short text:
    // the seed's stale labels ("Quí I/2020") and "02/3/2021" are other values of the same slots.
    const marker = "\u0000";
    let from = 0;
    const unmatched: string[] = [];
    for (const line of printedLines(sections, () => marker)) {
      const pattern = new RegExp(`${line.split(marker).map(escape).join(".{1,70}?")}(?= |$)`, "uy");
      pattern.lastIndex = from;
      const match = pattern.exec(seedBody);
      if (match === null) unmatched.push(line);
      else from = match.index + match[0].length + 1;
    }
    expect(unmatched).toEqual([]);
    expect(from).toBe(seedBody.length + 1);
  });

  it("is NFC, with single spaces and no symbol broken by the extraction", () => {
    for (const line of printedLines(sections, seedValue)) {
      expect(line).toBe(line.normalize("NFC"));
      expect(line).not.toMatch(/\s{2}|^\s|\s$/);
      expect(line).not.toMatch(/\/[A-ZĐ]+- [A-Z]/u);
    }
  });

  it("reproduces at least 95% of the seed body's words in order (LCS word similarity), with the seed's values", () => {
    const ours = words(printedLines(sections, seedValue).join(" "));
    const seed = words(seedBody);
    const common = lcsLength(seed, ours);
    expect(common / seed.length).toBeGreaterThanOrEqual(0.95);
    expect(common / ours.length).toBeGreaterThanOrEqual(0.95);
  });
});
