import { z } from "zod";

// Apart from agencies.ts so that what only lists the shipped agencies (the task pane) does not load zod.
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
