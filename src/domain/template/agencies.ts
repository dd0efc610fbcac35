import { sctDongNai } from "./cchcQuarterlySct/agencyProfile";
import type { AgencyProfile } from "./types";

/** The agency profiles baocao ships; another agency brings its own as a JSON file. */
export const agencies: readonly AgencyProfile[] = [sctDongNai];

export const findAgency = (id: string): AgencyProfile | undefined => agencies.find((a) => a.id === id);
