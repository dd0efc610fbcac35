/**
 * The paragraph styles the report uses. The ids are the add-in's own ("Bc…"), never "Normal" or "Heading1":
 * Word keeps a destination document's definition of a style id it already has, so borrowing a built-in id would
 * let the clerk's Normal (Calibri 11) decide how an ND 30 report looks.
 */
export const STYLE = {
  /** Body text: 14 pt, justified, first line indented 1 cm, 6 pt after. */
  body: "BcBody",
  /** Roman part heading: "I. CÔNG TÁC …", bold capitals. */
  part: "BcPart",
  /** Arabic and decimal item headings: "1. …", "2.2.1. …", bold. */
  item: "BcItem",
  /** Lettered point headings: "a) …", upright. */
  point: "BcPoint",
  /** Centred lines of the frame (header block, title, signature), no indent, no spacing. */
  frame: "BcFrame",
  /** Text in table cells: 13 pt, single spacing, no indent. */
  cell: "BcCell",
  /** The page number in the header. */
  pageNumber: "BcPageNumber",
} as const;

export type StyleId = (typeof STYLE)[keyof typeof STYLE];
