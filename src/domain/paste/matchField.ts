import type { FieldDef, FieldKey, Template } from "../template/types";
import { normalizeLabel } from "./normalizeLabel";

/** A pasted name read as a figure of the template: found, shared by several, or unknown (with near misses). */
export type FieldMatch =
  | { readonly kind: "found"; readonly key: FieldKey }
  | { readonly kind: "ambiguous"; readonly candidates: readonly FieldKey[] }
  | { readonly kind: "unknown"; readonly near: readonly FieldKey[] };

/** The figures of a template indexed for matching pasted names. */
export type FieldIndex = {
  readonly byKey: ReadonlyMap<string, FieldKey>;
  readonly byLabel: ReadonlyMap<string, readonly FieldKey[]>;
  readonly labels: readonly (readonly [FieldKey, string])[];
};

/** @example fieldIndex(template).byKey.get("ii.1.vbqpplDraftsRegistered".toLowerCase()) // → "II.1.vbqpplDraftsRegistered" */
export function fieldIndex(template: Template): FieldIndex {
  const byKey = new Map<string, FieldKey>();
  const byLabel = new Map<string, FieldKey[]>();
  const labels: (readonly [FieldKey, string])[] = [];
  for (const def of Object.values(template.fields) as FieldDef[]) {
    byKey.set(def.key.toLowerCase(), def.key);
    const label = normalizeLabel(def.label.vi);
    byLabel.set(label, [...(byLabel.get(label) ?? []), def.key]);
    labels.push([def.key, label]);
  }
  return { byKey, byLabel, labels };
}

/**
 * Finds the figure a pasted name means: its key (any case) or its Vietnamese label (without regard to case,
 * diacritics or punctuation). Nothing is guessed: a label shared by several figures is ambiguous, and a name
 * that is only part of some labels is unknown, with those labels offered as near misses.
 *
 * @example matchField("Số văn bản QPPL đăng ký chủ trì soạn thảo", index) // → { kind: "found", key: "II.1.vbqpplDraftsRegistered" }
 */
export function matchField(name: string, index: FieldIndex): FieldMatch {
  const byKey = index.byKey.get(name.trim().toLowerCase());
  if (byKey !== undefined) return { kind: "found", key: byKey };
  const text = normalizeLabel(name);
  const exact = index.byLabel.get(text) ?? [];
  const [only] = exact;
  if (only !== undefined && exact.length === 1) return { kind: "found", key: only };
  if (exact.length > 1) return { kind: "ambiguous", candidates: exact };
  const near = text.length < 3 ? [] : index.labels.filter(([, l]) => ` ${l} `.includes(` ${text} `)).map(([k]) => k);
  return { kind: "unknown", near: near.slice(0, 5) };
}
