/**
 * Text from outside (a figures file, the service, a paste, a workbook) made into what a Word document holds
 * and shows, once, where figures come in (parseFigures), so that the text the add-in records as written is the
 * text the document will read back — never a false hand edit:
 * - composed Unicode (NFC): "Quý" typed decomposed (NFD, as some keyboards and macOS files give it) is the
 *   same figure;
 * - tabs and line breaks become spaces (a text in a cell or in prose is one line: Word shows a line feed inside
 *   a run's text as a space);
 * - characters a document cannot hold are dropped: C0 and C1 control characters (NUL, ESC, DEL…), lone
 *   surrogates, U+FFFE and U+FFFF — Word drops them, XML 1.0 cannot carry most of them;
 * - invisible format characters that change what is shown without being seen are dropped: the bidirectional
 *   embeddings, overrides and isolates (a right-to-left override shows "2020, 2021" as "1202 ,0202"), the
 *   direction marks, the zero-width space and the byte-order mark. Vietnamese text never needs them.
 *
 * @example cleanText("Quy\u0301 I\u202e/2021\u0007") // → "Quý I/2021"
 */

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const cleanText = (text: string): string =>
  text.replace(/\r\n/g, " ").replace(LINE_BREAKS, " ").replace(DROPPED, "").normalize("NFC");

/**
 * Two texts as a reader sees them: equal when they differ only by Unicode normal form or by characters the
 * document cannot show (what cleanText removes). A control whose text is the written one in another normal form
 * is not a hand edit.
 *
 * @example sameText("Quý I", "Quy\u0301 I") // → true
 */
export const sameText = (a: string, b: string): boolean => a === b || cleanText(a) === cleanText(b);
