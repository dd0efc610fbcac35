import { z } from "zod/mini";
import { PeriodCodeSchema } from "../../domain/figures/schema";

/**
 * Identifiers that travel in the address. Narrow on purpose: they end up in SQL parameters, log lines and
 * file names, and a narrow alphabet leaves nothing for an injection to work with.
 */
export const IdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]{1,64}$/), z.meta({ description: "Mã định danh / identifier: a-z, 0-9, '-', 1–64 ký tự", example: "sct-dongnai" }));

/** A table id as the template names it ("T2"). */
export const TableIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/), z.meta({ example: "T2" }));

export const PeriodParamSchema = PeriodCodeSchema.check(z.meta({ description: "Kỳ báo cáo / period: YYYY-Q1|H1|M9|Y", example: "2021-Q1" }));

export const AgencyParamsSchema = z.strictObject({ agency: IdSchema });

export const FiguresParamsSchema = z.strictObject({ template: IdSchema, agency: IdSchema, period: PeriodParamSchema });

export type FiguresParams = z.infer<typeof FiguresParamsSchema>;
