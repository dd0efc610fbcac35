/** A value with every object's keys sorted: two JSON values are equal when their canonical texts are. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]))
      : value;

/**
 * Whether two JSON values hold the same data, whatever the order of their keys.
 *
 * @example
 * sameJson({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
