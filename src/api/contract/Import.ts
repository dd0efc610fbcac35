import { z } from "zod/mini";
import { FieldValueSchema, FiguresSchema } from "../../domain/figures/schema";
import { ProblemIssueSchema } from "./ProblemIssue";
import { TableIdSchema } from "./ids";

/**
 * `format=csv` is a key/value list of figures in prose; `format=tsv` is one table, named by `table`;
 * `format=xlsx` a figures workbook (the body being the .xlsx file).
 */
export const ImportQuerySchema = z.strictObject({
  format: z.enum(["csv", "tsv", "xlsx"]),
  table: z.optional(TableIdSchema),
  dryRun: z.optional(z.enum(["true", "false"])),
});

export const ChangeSchema = z.strictObject({ key: z.string(), oldValue: FieldValueSchema, newValue: FieldValueSchema });

/** What an import did (or, on a dry run, would do). */
export const ImportResultSchema = z.strictObject({
  dryRun: z.boolean(),
  written: z.boolean(),
  version: z.optional(z.int().check(z.positive())),
  issues: z.array(ProblemIssueSchema),
  changes: z.array(ChangeSchema),
  figures: z.optional(FiguresSchema),
});

/** The content type of an .xlsx file. */
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type ImportQuery = z.infer<typeof ImportQuerySchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
