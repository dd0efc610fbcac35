import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The seed report and the specification's field list, kept in the repository as test fixtures. */
export const seedDir = join(__dirname, "../fixtures/seed");

/**
 * The seed report's paragraphs: the extraction is wrapped text, so a new paragraph starts at a bullet,
 * a printed number or a heading line, and every other line continues the paragraph before it.
 */
export function seedParagraphs(): string[] {
  const text = readFileSync(join(seedDir, "bao-cao-cchc-quy-I-2021.txt"), "utf8");
  const out: string[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const starts = /^([-+]\s|[IVX]+\.\s|\d+(\.\d+)*\.\s|[a-zđ]\)\s)/.test(line);
    if (starts || out.length === 0) out.push(line);
    else out[out.length - 1] += ` ${line}`;
  }
  return out;
}
