import type { CivilDate } from "../period/CivilDate";
import { assertValidDate } from "./assertValidDate";
import { pad2 } from "./pad2";

/**
 * Writes a date as ISO 8601 (YYYY-MM-DD), the form of data files and document metadata.
 *
 * @example
 * toIsoDate({ year: 2021, month: 3, day: 2 }) // "2021-03-02"
 */
export const toIsoDate = (d: CivilDate): string => {
  assertValidDate(d);
  return `${String(d.year).padStart(4, "0")}-${pad2(d.month)}-${pad2(d.day)}`;
};
