import { z } from "zod";

/** ISO calendar date, "2021-03-01". */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** "2021-Q1", "2021-H1", "2021-M9", "2021-Y". */
export const PeriodCodeSchema = z.string().regex(/^\d{4}-(Q1|H1|M9|Y)$/);

export const CellValueSchema = z.union([z.number(), z.string(), z.null()]);
export const RatioSchema = z.object({ num: z.number(), den: z.number() }).strict();
export const FieldValueSchema = z.union([z.number(), z.string(), z.null(), RatioSchema]);

export const TableFiguresSchema = z
  .object({ rows: z.array(z.record(z.string(), CellValueSchema)) })
  .strict();

/**
 * The Figures of one agency for one period (DESIGN.md, "Data: Figures"): the same schema validates the
 * service's answers, pasted data and the CLI's `--data` files. Only input values travel; computed cells never do.
 */
export const FiguresSchema = z
  .object({
    template: z.string().min(1),
    agency: z.string().min(1),
    period: PeriodCodeSchema,
    dataWindow: z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict().optional(),
    asOfDate: IsoDateSchema.optional(),
    source: z.string().optional(),
    fields: z.record(z.string(), FieldValueSchema),
    tables: z.record(z.string(), TableFiguresSchema),
  })
  .strict();

export type CellValue = z.infer<typeof CellValueSchema>;
export type Ratio = z.infer<typeof RatioSchema>;
export type FieldValue = z.infer<typeof FieldValueSchema>;
export type TableFigures = z.infer<typeof TableFiguresSchema>;
export type Figures = z.infer<typeof FiguresSchema>;
