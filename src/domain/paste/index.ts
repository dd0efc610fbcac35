export { parsePastedTable } from "./parsePastedTable";
export { parsePastedFields } from "./parsePastedFields";
export { pasteToFigures } from "./pasteToFigures";
export type { ParsePastedTableOptions, PastedFields, PastedTable } from "./PastedTable";
export { readClipboard, type Clipboard } from "./readClipboard";
export { normalizeLabel } from "./normalizeLabel";
