import { z } from "zod";
import { IdSchema } from "./ids";

/** An agency that reports, as the service knows it. */
export const AgencySchema = z.object({ id: IdSchema, name: z.string() }).strict();

/** The agencies the caller's key may see. */
export const AgencyListSchema = z.object({ agencies: z.array(AgencySchema) }).strict();

export type Agency = z.infer<typeof AgencySchema>;
