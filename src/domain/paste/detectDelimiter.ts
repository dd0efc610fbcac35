import type { Delimiter } from "./Grid";

const CANDIDATES: readonly Delimiter[] = ["\t", ";", ","];

/** How many times each candidate occurs outside quotes on each of the first lines. */
function countsPerLine(text: string, maxLines: number): readonly Readonly<Record<Delimiter, number>>[] {
  const lines: Record<Delimiter, number>[] = [];
  let current: Record<Delimiter, number> = { "\t": 0, ";": 0, ",": 0 };
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length && lines.length < maxLines; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i += 1;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      lines.push(current);
      current = { "\t": 0, ";": 0, ",": 0 };
      atCellStart = true;
      continue;
    }
    if (ch === "\t" || ch === ";" || ch === ",") current[ch] += 1;
    atCellStart = ch === "\t" || ch === ";" || ch === ",";
  }
  if (lines.length < maxLines) lines.push(current);
  return lines;
}

/**
 * Guesses the cell separator of pasted text: a tab wherever one occurs outside quotes (what Excel, Calc and
 * Sheets copy), else ";" or "," — whichever splits the lines most evenly, ";" on a tie because Vietnamese CSV
 * writes "96,3" unquoted. A quote opens a quoted cell only at the start of a cell, as spreadsheets write it.
 *
 * @example
 * detectDelimiter("STT\tTên\n1\tCông Thương") // → "\t"
 * detectDelimiter("STT;Tỷ lệ\n1;96,3")        // → ";"
 * detectDelimiter('STT,Tỷ lệ\n1,"96,3"')      // → ","
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = countsPerLine(text.startsWith("\uFEFF") ? text.slice(1) : text, 50).filter(
    (l) => l["\t"] + l[";"] + l[","] > 0,
  );
  if (lines.some((l) => l["\t"] > 0)) return "\t";
  let best: Delimiter = ";";
  let bestScore = -1;
  for (const d of CANDIDATES.slice(1)) {
    const counts = lines.map((l) => l[d]);
    const present = counts.filter((c) => c > 0).length;
    const mode = modeOf(counts);
    const steady = counts.filter((c) => c === mode && c > 0).length;
    const score = steady * 2 + present;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function modeOf(values: readonly number[]): number {
  const seen = new Map<number, number>();
  let mode = 0;
  let most = 0;
  for (const v of values) {
    const n = (seen.get(v) ?? 0) + 1;
    seen.set(v, n);
    if (n > most) {
      mode = v;
      most = n;
    }
  }
  return mode;
}
