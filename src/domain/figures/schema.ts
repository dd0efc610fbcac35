// zod/mini: the same validation as zod, without the methods and JSON Schema machinery every classic schema
// carries, so that the pane (which validates pasted data, workbooks and the service's answers) ships less.
import { z } from "zod/mini";

/** ISO calendar date, "2021-03-01". */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** "2021-Q1", "2021-H1", "2021-M9", "2021-Y". */
export const PeriodCodeSchema = z.string().check(z.regex(/^\d{4}-(Q1|H1|M9|Y)$/));

export const CellValueSchema = z.union([z.number(), z.string(), z.null()]);
export const RatioSchema = z.strictObject({ num: z.number(), den: z.number() });
export const FieldValueSchema = z.union([z.number(), z.string(), z.null(), RatioSchema]);

export const TableFiguresSchema = z.strictObject({ rows: z.array(z.record(z.string(), CellValueSchema)) });

/**
 * The Figures of one agency for one period (DESIGN.md, "Data: Figures"): the same schema validates the
 * service's answers, pasted data and the CLI's `--data` files. Only input values travel; computed cells never do.
 */
export const FiguresSchema = z.strictObject({
  template: z.string().check(z.minLength(1)),
  agency: z.string().check(z.minLength(1)),
  period: PeriodCodeSchema,
  dataWindow: z.optional(z.strictObject({ from: IsoDateSchema, to: IsoDateSchema })),
  asOfDate: z.optional(IsoDateSchema),
  source: z.optional(z.string()),
  fields: z.record(z.string(), FieldValueSchema),
  tables: z.record(z.string(), TableFiguresSchema),
});

export type CellValue = z.infer<typeof CellValueSchema>;
export type Ratio = z.infer<typeof RatioSchema>;
export type FieldValue = z.infer<typeof FieldValueSchema>;
export type TableFigures = z.infer<typeof TableFiguresSchema>;
export type Figures = z.infer<typeof FiguresSchema>;
