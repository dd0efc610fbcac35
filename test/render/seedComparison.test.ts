/**
 * The end-to-end check: the Quý I/2021 report rendered from the fixture, inserted through the headless
 * Word, converted by LibreOffice, reads as the seed — every heading, every table header label and every number
 * of the seed in order, and word-level similarity of at least 0.9. The files stay in test-output/render/ (PNG
 * pages included) for people to look at. Without LibreOffice the test is skipped loudly, except in CI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderReport, reportContent } from "../../src/domain/render";
import { periodTag } from "../../src/domain/tags";
import type { HeaderCell } from "../../src/domain/template/types";
import { headerGrid } from "../../src/domain/render/headerGrid";
import { itWithLibreOffice } from "../support/libreOffice";
import { renderToPdf, withoutPageNumber } from "../support/renderedPdf";
import { missingInOrder, phrasesNotInOrder, wordSimilarity, wordsOf } from "../support/wordSequences";
import { q1Input, repoRoot } from "./reportInput";

const seedLines = readFileSync(join(repoRoot, "test", "fixtures", "seed", "bao-cao-cchc-quy-I-2021.txt"), "utf8").split(/\r?\n/);
const outDir = join(repoRoot, "test-output", "render");

/** Seed lines (1-based, inclusive) inside tables T1–T11 (template-spec §3): their "1. …" are row labels, not headings. */
const TABLE_LINES: readonly (readonly [number, number])[] = [
  [389, 537], [612, 664], [750, 756], [772, 832], [853, 859], [869, 911], [944, 982], [1146, 1192], [1278, 1337], [1344, 1392], [1410, 1418],
];
const inTable = (line: number) => TABLE_LINES.some(([from, to]) => line >= from && line <= to);

/** The house style writes "Quí" where the seed also has "Quý" and "Qúy" (template-spec §7 D1): one word for both. */
const samePeriodWord = (text: string) => text.normalize("NFC").replace(/Q(?:u[íiýy]|úy)/g, "Quý");

/**
 * The seed's headings: numbered lines outside tables ("I.", "1.", "2.2.1.", "a)"), the first line of each (a
 * heading's words up to the seed's line break); the ordinal items' markers ("- Thứ nhất:", whose sentence may
 * carry a stale year); and the frame's "BÁO CÁO" and "Kính gửi:".
 */
const seedHeadings = seedLines
  .map((line, i) => ({ line: i + 1, text: line.trim() }))
  .filter(({ line, text }) => !inTable(line) && (/^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|- Thứ \S+[,:])\s+\S/u.test(text) || /^(BÁO CÁO|Kính gửi:)/.test(text)))
  .map(({ text }) => samePeriodWord(/^- Thứ \S+[,:]/u.exec(text)?.[0] ?? text));

/** Numbers as the seed writes them, read as integers digit run by digit run ("02/3/2021" → 2, 3, 2021; "1.5%" → 1, 5). */
const numbersIn = (text: string) => [...text.normalize("NFC").matchAll(/\d+/g)].map((m) => Number(m[0]));
const seedNumbers = seedLines.flatMap((line, i) => numbersIn(line).map((value) => ({ value, line: i + 1 })));

describe("the Quý I/2021 report against the seed", () => {
  itWithLibreOffice("test/render/seedComparison.test.ts")(
    "reads as the seed after Word and LibreOffice: headings, table labels and numbers in order, similarity ≥ 0.9",
    async () => {
      const input = q1Input();
      const rendered = await renderToPdf(renderReport(input), outDir, "bao-cao-quy-I-2021");
      const text = rendered.pages.map(withoutPageNumber).join("\n");
      const renderedWords = wordsOf(text);
      const seedWords = wordsOf(seedLines.join("\n"));

      expect(phrasesNotInOrder(seedHeadings, samePeriodWord(text))).toEqual([]);
      expect(seedHeadings.length).toBeGreaterThanOrEqual(50);

      const texts = reportContent(input).texts;
      const label = (cell: HeaderCell) =>
        cell.label.map((i) => (i.kind === "text" ? i.text : i.kind === "per" ? (texts.get(periodTag(i.slot)) ?? "") : "")).join("");
      const labels = Object.values(input.template.tables).flatMap((table) => headerGrid(table.header).cells.map((placed) => label(placed.cell)));
      const seedText = ` ${seedWords.join(" ")} `;
      expect(labels.filter((l) => !seedText.includes(` ${wordsOf(l).join(" ")} `))).toEqual([]);
      expect(phrasesNotInOrder(labels, text)).toEqual([]);

      // Every number of the seed, in order — but for the two stale years the seed carried over from 2020
      // (template-spec §7 B1, B2), which the template writes as the report's period.
      const missing = missingInOrder(
        seedNumbers.map((n) => n.value),
        numbersIn(text),
      ).map((i) => seedNumbers[i]);
      expect(missing).toEqual([
        { value: 2020, line: 698 },
        { value: 2020, line: 1554 },
      ]);

      const similarity = wordSimilarity(seedWords, renderedWords);
      writeFileSync(
        join(outDir, "summary.json"),
        `${JSON.stringify({ similarity, seedWords: seedWords.length, renderedWords: renderedWords.length, pages: rendered.pages.length, pngs: rendered.pngs }, null, 2)}\n`,
      );
      expect(similarity).toBeGreaterThanOrEqual(0.9);
      expect(rendered.pngs.length).toBe(rendered.pages.length);
    },
    240_000,
  );
});
