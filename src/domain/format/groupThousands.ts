/**
 * Inserts the vi-VN thousands separator "." into a string of digits.
 *
 * @example
 * groupThousands("12345678") // "12.345.678"
 * groupThousands("555")      // "555"
 */
export const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
