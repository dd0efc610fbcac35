import { z } from "zod";
import { IdSchema, PeriodParamSchema } from "./ids";

/** A period an agency reports for, and whether figures of each template are stored for it. */
export const PeriodEntrySchema = z
  .object({
    period: PeriodParamSchema,
    figures: z.array(
      z.object({ template: IdSchema, version: z.number().int().positive(), updatedAt: z.string() }).strict(),
    ),
  })
  .strict();

export const PeriodListSchema = z.object({ agency: IdSchema, periods: z.array(PeriodEntrySchema) }).strict();

export type PeriodEntry = z.infer<typeof PeriodEntrySchema>;
export type PeriodList = z.infer<typeof PeriodListSchema>;
