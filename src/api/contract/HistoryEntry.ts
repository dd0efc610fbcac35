import { z } from "zod/mini";
import { FieldValueSchema } from "../../domain/figures/schema";
import { IdSchema, PeriodParamSchema } from "./ids";

/**
 * One change of one figure: who made it, when, from what to what. A figure's key is the field key
 * ("II.2.2.1.onTimeRatePct") or a table cell "T2[0].c3"; a value absent before or after is null.
 */
export const HistoryEntrySchema = z.strictObject({
  key: z.string(),
  at: z.string().check(z.meta({ description: "ISO 8601 time of the write" })),
  actor: z.string().check(z.meta({ description: "the key's label, or its id" })),
  via: z.enum(["put", "import", "seed"]),
  version: z.int().check(z.positive()),
  oldValue: FieldValueSchema,
  newValue: FieldValueSchema,
});

export const HistorySchema = z.strictObject({
  template: IdSchema,
  agency: IdSchema,
  period: PeriodParamSchema,
  key: z.optional(z.string()),
  entries: z.array(HistoryEntrySchema),
});

/** `?key=` picks one figure; without it, every change of the record, oldest first. */
export const HistoryQuerySchema = z.strictObject({ key: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) });

export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type History = z.infer<typeof HistorySchema>;
