/**
 * How reports spell period phrases, shared by the stale-period scan and by adopt (which finds the phrases
 * a fresh insert would have put in controls). Case-insensitive, Unicode-aware (`giu`).
 */

/** "Quý I năm 2021", "Quí I/2021", "Qúy I - 2021" … */
export const QUARTER = /Q(?:u[íiýyìỳ]|úy|ùy)\s*(I{1,3}|IV)\s*(?:năm\s+|\/\s*|\s*-\s*)(\d{4})/giu;
/** "6 tháng đầu năm 2021", "06 tháng năm 2021", "9 tháng …" */
export const MONTHS = /(?<![\d/])0?(6|9)\s+tháng(?:\s+đầu)?\s+năm\s+(\d{4})/giu;
/** "từ 01/01/2021 đến ngày 01/03/2021" */
export const WINDOW = /từ\s+(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})\s+đến\s+(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/giu;
/** "tính đến ngày 02/03/2021" */
export const AS_OF = /tính\s+đến\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/giu;
/** "so với năm 2020", "so với cùng kỳ năm 2020" */
export const PREV_YEAR = /so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+(\d{4})/giu;
