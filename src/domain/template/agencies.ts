import { z } from "zod";
import { sctDongNai } from "./cchcQuarterlySct/agencyProfile";
import type { AgencyProfile } from "./types";

/** The agency profiles baocao ships; another agency brings its own as a JSON file. */
export const agencies: readonly AgencyProfile[] = [sctDongNai];

export const findAgency = (id: string): AgencyProfile | undefined => agencies.find((a) => a.id === id);

const text = z.string().min(1);

/** An agency profile from a file (`--agency profile.json`), checked field by field. */
export const AgencyProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    province: text,
    parentAgency: text,
    agency: text,
    agencyName: text,
    symbol: z.string().regex(/^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u),
    place: text,
    addressee: text,
    reportTo: text,
    signAuthority: text,
    signerTitle: text,
    signerName: text,
    recipients: z.array(text).min(1),
    archive: text,
  })
  .strict();
