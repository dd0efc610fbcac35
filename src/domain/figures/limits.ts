/**
 * The ranges a figure may take and the lengths of its texts (README.md, "Ranges and lengths"), checked where
 * figures enter: parseFigures (a figures file, the service, a paste or a workbook once merged) and the paste
 * readers. A count is a whole number from 0 to MAX_COUNT: under 10^12, so that a total over thousands of rows
 * of them stays an exact integer (JavaScript's safe integers end near 9·10^15) and prints as typed — a
 * 20-digit number would print with zeros it never had. A percentage is 0–100.
 */
export const MAX_COUNT = 999_999_999_999;

/** Characters of one text: a figure in prose, a table cell, and the figures' own identity (agency, source). */
export const MAX_TEXT = { field: 2_000, cell: 2_000, identity: 200 } as const;

/** Whether a finite whole number is within a count's range (the caller checks sign and wholeness first). */
export const countTooLarge = (n: number): boolean => n > MAX_COUNT;

/** The length of a text as the clerk counts characters (code points, not UTF-16 units). */
export function textLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}
