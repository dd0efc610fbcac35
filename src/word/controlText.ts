/**
 * What the add-in writes into a control, and how it reads one back. Word never shows an empty control empty: a
 * control emptied shows placeholder text ("Click or tap here to enter text."; office-js#1515), which would
 * print in the report. So the add-in never writes "": a text meant to be blank (a header field left to the
 * văn thư, a table cell without a value) is written as one no-break space, invisible on the page and not a
 * placeholder. Read back, that mark — and Word's placeholder texts, should a clerk empty a control by hand —
 * count as blank, so a blank written is never taken for a hand edit. Prose figures without a value show the
 * visible gap "[…]" (MISSING_FIGURE) instead, and the check before signing lists every one of them.
 */
export const BLANK_MARK = "\u00a0";

/** Word's placeholder texts: desktop, and the web (which ignores a custom one). */
const PLACEHOLDERS: ReadonlySet<string> = new Set(["Click or tap here to enter text.", "Click here to enter text."]);

/** The text to write for `text`: never "". */
export const textToWrite = (text: string): string => (text === "" ? BLANK_MARK : text);

/** The text a control holds, as the add-in compares it: the blank mark and a placeholder read as "". */
export const textRead = (text: string): string => (text === BLANK_MARK || PLACEHOLDERS.has(text) ? "" : text);
