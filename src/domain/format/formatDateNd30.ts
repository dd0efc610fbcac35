import type { CivilDate } from "../period/CivilDate";
import { assertValidDate } from "./assertValidDate";
import { pad2 } from "./pad2";

/**
 * Writes a date as Nghị định 30/2020 dates a document, the dominant style of the seed: the day always in two
 * digits, the month in two digits only for January and February.
 *
 * @example
 * formatDateNd30({ year: 2021, month: 1, day: 7 })  // "07/01/2021"
 * formatDateNd30({ year: 2018, month: 4, day: 16 }) // "16/4/2018"
 * formatDateNd30({ year: 2021, month: 3, day: 1 })  // "01/3/2021"
 */
export const formatDateNd30 = (d: CivilDate): string => {
  assertValidDate(d);
  return `${pad2(d.day)}/${d.month <= 2 ? pad2(d.month) : String(d.month)}/${String(d.year).padStart(4, "0")}`;
};
