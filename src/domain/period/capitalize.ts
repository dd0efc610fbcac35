/**
 * Upper-cases the first letter of a text, for a label that starts a sentence or a table header.
 * Works on precomposed (NFC) and decomposed (NFD) text alike: combining marks stay on their letter.
 *
 * @example
 * capitalize("năm 2021")             // "Năm 2021"
 * capitalize("đầu năm")              // "Đầu năm"
 * capitalize("6 tháng đầu năm 2021") // "6 tháng đầu năm 2021"
 */
export const capitalize = (text: string): string => {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
};
