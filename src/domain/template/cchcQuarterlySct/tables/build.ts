import { parseInline } from "../../markup";
import type { ColumnDef, ColumnFormat, HeaderCell, Localized } from "../../types";

/**
 * Small builders that keep the eleven table definitions readable as data: a header cell is its printed
 * label (with `{per:…}` slots where the label names a year), a column its key, class, format and labels.
 */

/** A leaf header cell: the printed label over one physical column. */
export const leaf = (label: string, column: string): HeaderCell => ({ label: parseInline(label), column });

/** A merged header cell over the cells below it. */
export const group = (label: string, children: readonly HeaderCell[]): HeaderCell => ({
  label: parseInline(label),
  children,
});

export const integer: ColumnFormat = { kind: "integer" };
export const padded: ColumnFormat = { kind: "integer", pad: 2 };
export const text: ColumnFormat = { kind: "text" };
export const enumOf = (...options: readonly string[]): ColumnFormat => ({ kind: "enum", options });
/** A percent as the seed prints it in a table: `decimals` places, "96,3 %" with `space`, "100" without `sign`. */
export const percent = (decimals: number, extra: { space?: boolean; sign?: boolean } = {}): ColumnFormat => ({
  kind: "percent",
  decimals,
  ...extra,
});

type ColumnSpec = Omit<ColumnDef, "label"> & { readonly vi: string; readonly en: string };

/** A column; `vi` is the leaf header as printed (without year slots), `en` its English gloss. */
export const column = ({ vi, en, ...rest }: ColumnSpec): ColumnDef => ({ ...rest, label: { vi, en } satisfies Localized });

/** A fixed data row whose label cell is in `c1` (the usual "Nội dung" column). */
export const dataRow = (id: string, label: string, key = "c1") => ({ kind: "data" as const, id, label: { [key]: label } });

/** A group row: a bold label over the whole width, no figures. */
export const groupRow = (id: string, label: string) => ({ kind: "group" as const, id, label });

type ProgressiveLabels = { readonly prev: string; readonly Q1: string; readonly H1: string; readonly M9: string; readonly Y: string };

/**
 * The five number columns of T6 and T7, "Năm trước | Quí I | 06 tháng | 09 tháng | Năm", keys c2–c6. A report
 * fills only the columns its period has reached, so each may be empty.
 */
export const progressiveColumns = (labels: ProgressiveLabels): readonly ColumnDef[] =>
  (["prev", "Q1", "H1", "M9", "Y"] as const).map((slot, i) =>
    column({
      key: `c${i + 2}`,
      class: "IN",
      format: integer,
      progressive: slot,
      optional: true,
      vi: labels[slot],
      en: PROGRESSIVE_EN[slot],
    }),
  );

const PROGRESSIVE_EN = { prev: "Previous year", Q1: "Quarter I", H1: "6 months", M9: "9 months", Y: "Year" } as const;

/** The header of T6 and T7: "Nội dung", "Năm trước" and the report year's four period columns under `over`. */
export const progressiveHeader = (over: string, labels: ProgressiveLabels): readonly HeaderCell[] => [
  leaf("Nội dung", "c1"),
  leaf(labels.prev, "c2"),
  group(over, [leaf(labels.Q1, "c3"), leaf(labels.H1, "c4"), leaf(labels.M9, "c5"), leaf(labels.Y, "c6")]),
];
