/**
 * A calendar date without time or time zone. The domain uses it instead of JS `Date`, whose meaning
 * depends on the host's clock and zone. `month` is 1–12, `day` is 1–31.
 */
export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };
