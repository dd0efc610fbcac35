/**
 * The most a paste may hold, in the command line (`baocao paste` on standard input) and in the pane alike:
 * 1 MB of UTF-8, four times the figures service's body limit (256 KB) since a table pasted from Excel carries
 * tabs and labels; the largest table of the consolidated report pastes in well under it.
 */
export const PASTE_LIMIT_BYTES = 1024 * 1024;

/**
 * Whether a pasted text is over the limit, counted as UTF-8 bytes without encoding it (a character is at least
 * one byte, so a text longer than the limit in characters is over without counting).
 */
export function pasteTooLarge(text: string, limit: number = PASTE_LIMIT_BYTES): boolean {
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes, 2 for each half; other characters 1 to 3.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}
