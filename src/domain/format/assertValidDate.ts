import type { CivilDate } from "../period/CivilDate";
import { isValidCivilDate } from "../period/isValidCivilDate";

/**
 * Throws a RangeError when asked to write a date that does not exist: a programming error, not a user's
 * (user text goes through `parseViDate` or `parseIsoDate`, which return an issue instead).
 *
 * @example
 * assertValidDate({ year: 2021, month: 2, day: 29 }) // throws RangeError
 */
export const assertValidDate = (d: CivilDate): void => {
  if (!isValidCivilDate(d)) throw new RangeError(`not a calendar date: ${JSON.stringify(d)}`);
};
