/** The cells of a pasted range, row by row, as text; rows may be ragged (CSV from Calc trims nothing, Sheets may). */
export type Grid = readonly (readonly string[])[];

/** The separators spreadsheets use: Excel and Sheets copy TSV; Vietnamese Excel saves CSV with ";" (the "," is the decimal comma). */
export type Delimiter = "\t" | ";" | ",";
