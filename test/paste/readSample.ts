import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The bytes of a clipboard sample, as text, exactly as the spreadsheet produced them (BOM and CRLF kept). */
export const readSample = (name: string): string => readFileSync(join(__dirname, "samples", name), "utf8");
