import { z } from "zod/mini";
import { IdSchema } from "./ids";

/** An agency that reports, as the service knows it. */
export const AgencySchema = z.strictObject({ id: IdSchema, name: z.string() });

/** The agencies the caller's key may see. */
export const AgencyListSchema = z.strictObject({ agencies: z.array(AgencySchema) });

export type Agency = z.infer<typeof AgencySchema>;
