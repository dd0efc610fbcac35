/**
 * src/domain/adopt — a report the add-in did not make, read as the template's: what Word shows in, a plan of
 * the controls a fresh insert would have made (around the text as it is) out.
 */
export { recogniseReport, type RecogniseInput } from "./recogniseReport";
export { documentView, type ViewBlock, type WordReading } from "./DocumentView";
export type * from "./AdoptPlan";
