/**
 * Splits a width in twips by relative weights, in whole twips that add up exactly to the width (the largest
 * remainders take the leftover twips), so a table's grid never overruns the text area.
 *
 * @example
 * columnWidths([5, 45, 50], 9355) // → [468, 4210, 4677]
 */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (!(sum > 0)) return columnWidths(weights.map(() => 1), total);
  const exact = weights.map((w) => (w / sum) * total);
  const widths = exact.map(Math.floor);
  let left = total - widths.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    widths[i] = (widths[i] ?? 0) + 1;
    left--;
  }
  return widths;
}
