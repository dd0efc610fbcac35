import { z } from "zod";
import { FieldValueSchema, FiguresSchema } from "../../domain/figures/schema";
import { ProblemIssueSchema } from "./ProblemIssue";
import { TableIdSchema } from "./ids";

/**
 * `format=csv` is a key/value list of figures in prose; `format=tsv` is one table, named by `table`;
 * `format=xlsx` a figures workbook (the body being the .xlsx file).
 */
export const ImportQuerySchema = z
  .object({
    format: z.enum(["csv", "tsv", "xlsx"]),
    table: TableIdSchema.optional(),
    dryRun: z.enum(["true", "false"]).optional(),
  })
  .strict();

export const ChangeSchema = z.object({ key: z.string(), oldValue: FieldValueSchema, newValue: FieldValueSchema }).strict();

/** What an import did (or, on a dry run, would do). */
export const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    written: z.boolean(),
    version: z.number().int().positive().optional(),
    issues: z.array(ProblemIssueSchema),
    changes: z.array(ChangeSchema),
    figures: FiguresSchema.optional(),
  })
  .strict();

/** The content type of an .xlsx file. */
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type ImportQuery = z.infer<typeof ImportQuerySchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
