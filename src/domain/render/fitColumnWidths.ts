/**
 * Widens the columns whose longest word would not fit, taking the room from the columns that have some to
 * spare (in proportion to their spare room), and keeps the total exactly. When the spare room is short of what
 * is needed, each narrow column gets its share of it; the words that still do not fit wrap, as they would in Word.
 *
 * @example
 * fitColumnWidths([468, 900, 900], [620, 400, 400]) // → [620, 824, 824]
 */
export function fitColumnWidths(widths: readonly number[], minimums: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const need = widths.map((w, i) => Math.max(0, (minimums[i] ?? 0) - w));
  const deficit = need.reduce((a, b) => a + b, 0);
  const spare = widths.map((w, i) => Math.max(0, w - (minimums[i] ?? 0)));
  const available = spare.reduce((a, b) => a + b, 0);
  if (deficit === 0 || available === 0) return [...widths];
  const given = Math.min(deficit, available);
  const out = widths.map(
    (w, i) => w + Math.floor(((need[i] ?? 0) * given) / deficit) - Math.floor(((spare[i] ?? 0) * given) / available),
  );
  let rest = total - out.reduce((a, b) => a + b, 0);
  // Rounding leaves a few twips: give or take them where the room is.
  for (let i = 0; rest !== 0 && i < out.length * 4; i++) {
    const k = i % out.length;
    const step = rest > 0 ? 1 : -1;
    if (step < 0 && (out[k] ?? 0) <= (minimums[k] ?? 0)) continue;
    out[k] = (out[k] ?? 0) + step;
    rest -= step;
  }
  return out;
}
