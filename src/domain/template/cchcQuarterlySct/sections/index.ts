import type { Section } from "../../types";
import { partI } from "./partI";
import { partII } from "./partII";
import { partIII } from "./partIII";
import { partIV } from "./partIV";
import { partV } from "./partV";

/**
 * The body of the quarterly CCHC report, parts I–V, as the seed (Quý I/2021) prints it: headings, paragraphs
 * and bullets with `{fig:…}` and `{per:…}` slots, and the places of tables T1–T11 (template-spec §2).
 */
export const sections: readonly Section[] = [partI, partII, partIII, partIV, partV];
