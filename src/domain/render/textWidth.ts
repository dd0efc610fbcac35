/**
 * A rough measure of how wide a word prints in Times New Roman, in twips, from per-character widths (em) close
 * to the font's: enough to keep a narrow column from breaking "STT" into "ST T". Not a layout engine.
 */
function charEm(c: string): number {
  if (/[0-9]/.test(c)) return 0.5;
  if (/[ .,:;'!|]/.test(c)) return 0.25;
  if (/[()[\]/-]/.test(c)) return 0.34;
  if (c === "%") return 0.84;
  if (/[mwMW]/.test(c)) return 0.9;
  if (/[ijlftrIJ]/.test(c)) return 0.32;
  const base = c.normalize("NFD")[0] ?? c;
  return base !== base.toLowerCase() ? 0.68 : 0.5;
}

/**
 * @example
 * wordWidth("STT", 12, true) // → about 480 (twips)
 */
export function wordWidth(word: string, sizePt: number, bold: boolean): number {
  const em = [...word.normalize("NFC")].reduce((sum, c) => sum + charEm(c), 0);
  return Math.ceil(em * sizePt * 20 * (bold ? 1.05 : 1));
}

/**
 * The widest word of a text, in twips.
 *
 * @example longestWordWidth("Tổng số CCVC", 12, true) // → wordWidth("CCVC", 12, true)
 */
export function longestWordWidth(text: string, sizePt: number, bold: boolean): number {
  // A loop, not Math.max(...words): a long text has more words than a call may take arguments.
  let widest = 0;
  for (const word of text.split(/\s+/)) if (word !== "") widest = Math.max(widest, wordWidth(word, sizePt, bold));
  return widest;
}
