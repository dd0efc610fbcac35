import { z } from "zod/mini";
import { IdSchema, PeriodParamSchema } from "./ids";

/** A period an agency reports for, and whether figures of each template are stored for it. */
export const PeriodEntrySchema = z.strictObject({
  period: PeriodParamSchema,
  figures: z.array(z.strictObject({ template: IdSchema, version: z.int().check(z.positive()), updatedAt: z.string() })),
});

export const PeriodListSchema = z.strictObject({ agency: IdSchema, periods: z.array(PeriodEntrySchema) });

export type PeriodEntry = z.infer<typeof PeriodEntrySchema>;
export type PeriodList = z.infer<typeof PeriodListSchema>;
