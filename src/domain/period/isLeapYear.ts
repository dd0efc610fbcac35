/**
 * Whether a year of the Gregorian calendar has 29 February.
 *
 * @example
 * isLeapYear(2024) // true
 * isLeapYear(2100) // false
 */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
