import { z } from "zod";
import { FieldValueSchema } from "../../domain/figures/schema";
import { IdSchema, PeriodParamSchema } from "./ids";

/**
 * One change of one figure: who made it, when, from what to what. A figure's key is the field key
 * ("II.2.2.1.onTimeRatePct") or a table cell "T2[0].c3"; a value absent before or after is null.
 */
export const HistoryEntrySchema = z
  .object({
    key: z.string(),
    at: z.string().meta({ description: "ISO 8601 time of the write" }),
    actor: z.string().meta({ description: "the key's label, or its id" }),
    via: z.enum(["put", "import", "seed"]),
    version: z.number().int().positive(),
    oldValue: FieldValueSchema,
    newValue: FieldValueSchema,
  })
  .strict();

export const HistorySchema = z
  .object({
    template: IdSchema,
    agency: IdSchema,
    period: PeriodParamSchema,
    key: z.string().optional(),
    entries: z.array(HistoryEntrySchema),
  })
  .strict();

/** `?key=` picks one figure; without it, every change of the record, oldest first. */
export const HistoryQuerySchema = z.object({ key: z.string().min(1).max(200).optional() }).strict();

export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type History = z.infer<typeof HistorySchema>;
