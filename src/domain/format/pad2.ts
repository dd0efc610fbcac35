/**
 * Writes a non-negative whole number in two digits at least.
 *
 * @example
 * pad2(5)  // "05"
 * pad2(12) // "12"
 */
export const pad2 = (n: number): string => String(n).padStart(2, "0");
