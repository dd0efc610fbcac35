/**
 * What the add-in writes into a control, and how it reads one back. Word never shows an empty control empty: a
 * control emptied shows placeholder text ("Click or tap here to enter text."; office-js#1515), which would
 * print in the report. So the add-in never writes "": a text meant to be blank (a header field left to the
 * văn thư, a table cell without a value) is written as the dotted blank of ND 30's forms ("Số: …/…", "…, ngày …
 * tháng … năm …"), one ellipsis: visible on the page, so nobody signs a report with a gap they cannot see, and
 * listed by the check before signing (`checkReport`: the văn thư's fields as theirs to fill, any other control
 * as a blank to fill or accept). Read back, that mark — and Word's placeholder texts, should a clerk empty a
 * control by hand — count as blank, so a blank written is never taken for a hand edit. Prose figures without a
 * value show the gap "[…]" (MISSING_FIGURE) instead, listed as missing figures. (The insert's package carries
 * a blank cell as a control with an empty run, not in the placeholder state, so nothing is written "" there.)
 */
export const BLANK_MARK = "…";

/** Word's placeholder texts: desktop, and the web (which ignores a custom one). */
const PLACEHOLDERS: ReadonlySet<string> = new Set(["Click or tap here to enter text.", "Click here to enter text."]);

/** The text to write for `text`: never "". */
export const textToWrite = (text: string): string => (text === "" ? BLANK_MARK : text);

/** The text a control holds, as the add-in compares it: the blank mark and a placeholder read as "". */
export const textRead = (text: string): string => (showsBlank(text) ? "" : text);

/** True when a control's text is the blank mark or Word's placeholder: something printed that is no value. */
export const showsBlank = (text: string): boolean => text === BLANK_MARK || PLACEHOLDERS.has(text);
