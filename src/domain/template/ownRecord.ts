/**
 * A record looked up by keys from outside (a figures file, a pasted label, a control's tag, a request): without
 * a prototype, so `constructor`, `toString` or `__proto__` find nothing instead of Object's own members, and
 * frozen. The template's fields and tables are such records.
 *
 * @example ownRecord({ a: 1 })["constructor"] // → undefined
 */
export function ownRecord<T>(record: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, record));
}

/** The value at an own key of a record, never one inherited from Object (`constructor`, `toString`, `__proto__`). */
export const ownValue = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
