/**
 * The template model: what a report is made of, as data. The shipped CCHC template
 * (`cchcQuarterlySct.ts`) is one value of these types; a revised outline is a data change, not code.
 */

export type Localized = { readonly vi: string; readonly en: string };

/** Section ids and field keys are those of template-spec.md: `II.2.2.2.a`, `II.2.2.1.onTimeRatePct`. */
export type SectionId = string;
export type FieldKey = string;
export type TableId = string;
export type ColumnKey = string;

/** The classes of period phrase of template-spec §5; each rolls forward by its own rule. */
export type PeriodSlotClass =
  | "CUR" // the current period's label
  | "RANGE" // the data window "từ 01/01/2021 đến ngày 01/03/2021"
  | "ASOF" // an as-of date "02/03/2021"
  | "YEARHDR" // the report year in a table header or prose ("Năm 2021")
  | "PREVYEAR"; // the previous year, a comparison base ("so với năm 2020")

export type PeriodLabelShape = "long" | "slash" | "dash";

export type PeriodSlotDef = {
  readonly id: string;
  readonly class: PeriodSlotClass;
  /** For CUR: which written shape ("Quý I năm 2021", "Quý I/2021", "Quý I - 2021"). */
  readonly shape?: PeriodLabelShape;
  readonly label: Localized;
};

/** Inline content of a paragraph or heading. Figures, period phrases and header fields become content controls. */
export type Inline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "fig"; readonly key: FieldKey }
  | { readonly kind: "per"; readonly slot: string }
  | { readonly kind: "hdr"; readonly field: HeaderField }
  | { readonly kind: "agency"; readonly field: AgencyTextField };

export type BulletKind = "-" | "+";

export type Paragraph = {
  readonly kind: "para";
  readonly content: readonly Inline[];
  /** "-" and "+" bullets are typed characters in the seed, kept as text so that they survive any copy. */
  readonly bullet?: BulletKind;
  readonly emphasis?: "italic" | "bold";
};

export type TableBlock = { readonly kind: "table"; readonly table: TableId };

export type Block = Paragraph | TableBlock;

/** How a section's printed number looks: "II.", "1.", "2.2.1.", "a)", "- Thứ nhất," or nothing (a named block). */
export type Numbering = "roman" | "arabic" | "decimal" | "letter" | "ordinal" | "block";

export type Section = {
  readonly id: SectionId;
  /** The printed number, exactly: "II.", "2.2.1.", "a)", "- Thứ nhất:"; empty for a named block (`I.1#plans`). */
  readonly number: string;
  readonly numbering: Numbering;
  /** Absent for run-in items, whose number starts the first body paragraph. */
  readonly heading?: readonly Inline[];
  readonly runIn?: boolean;
  readonly title: Localized;
  readonly body: readonly Block[];
  readonly children: readonly Section[];
};

// ---- fields ----------------------------------------------------------------------------------------

export type FieldType = "integer" | "percent" | "ratio" | "text" | "date" | "year";

/** What happens to a field at roll-forward (template-spec §8): refreshed, accumulated, kept, never touched, reset. */
export type FieldScope = "period" | "progressive" | "static" | "historical" | "target" | "header";

export type FieldDef = {
  readonly key: FieldKey;
  readonly label: Localized;
  readonly type: FieldType;
  readonly scope: FieldScope;
  /** Integers: pad to two digits in prose ("01", "06"). */
  readonly pad?: 2;
  /** Percents: digits after the decimal comma. */
  readonly decimals?: number;
  /** Percents written "1.5%" in the seed are still percents; `pointDecimal` keeps nothing of that: always a comma. */
  readonly computed?: { readonly op: "ratioPct"; readonly of: FieldKey };
  /**
   * A count the seed states in words when it is zero: the control wraps the whole phrase.
   * `other` holds `{n}` where the formatted number goes.
   */
  readonly phrase?: { readonly zero: string; readonly other: string };
};

// ---- tables ----------------------------------------------------------------------------------------

export type CellClass = "IN" | "CALC" | "TXT" | "ENUM" | "LBL";

export type ColumnFormat =
  | { readonly kind: "integer"; readonly pad?: 2 }
  | { readonly kind: "percent"; readonly decimals: number; readonly space?: boolean; readonly sign?: boolean }
  | { readonly kind: "text" }
  | { readonly kind: "enum"; readonly options: readonly string[] };

/** A computed cell of a data row. Percents are computed from integers, never from rounded values. */
export type Formula =
  | { readonly op: "sum"; readonly of: readonly ColumnKey[] }
  | { readonly op: "pct"; readonly num: ColumnKey; readonly den: ColumnKey };

/** How a total-row cell is made from the data rows (template-spec §3: T1's mixed aggregations). */
export type Aggregation = "sum" | "countNonEmpty" | "countDistinct" | "rowCount" | "recompute" | "none";

export type ColumnDef = {
  readonly key: ColumnKey;
  readonly class: CellClass;
  readonly format: ColumnFormat;
  /** The leaf header label, for messages that name the column. */
  readonly label: Localized;
  readonly formula?: Formula;
  /** A composite cell "85 (khối văn phòng 57, đơn vị sự nghiệp 28)": a sum of input parts, each printed. */
  readonly parts?: readonly { readonly key: ColumnKey; readonly label: string; readonly pad?: 2 }[];
  /** An input annotation printed in parentheses after the number: "53 (1cts do cty TS24 cấp)". */
  readonly noteKey?: ColumnKey;
  /** T6/T7: which period column this is ("prev" = Năm trước). */
  readonly progressive?: "prev" | "Q1" | "H1" | "M9" | "Y";
  /** T3: which year column this is. */
  readonly yearColumn?: "prev" | "current";
  /** T10's "Năm (Quý) trước": at roll-forward it takes the last values of this column. */
  readonly previousOf?: ColumnKey;
  /** Whether a data row may leave it empty. */
  readonly optional?: boolean;
};

export type HeaderCell = {
  readonly label: readonly Inline[];
  /** Leaf cells name their column; inner cells have children. */
  readonly column?: ColumnKey;
  readonly children?: readonly HeaderCell[];
};

export type RowDef =
  | { readonly kind: "data"; readonly id: string; readonly label?: Readonly<Record<ColumnKey, string>> }
  | { readonly kind: "group"; readonly id: string; readonly label: string };

export type TotalRowDef = {
  readonly label: string;
  /** How many leading columns the label spans (T1: "Tổng" over STT and TTHC). */
  readonly labelSpan: number;
  readonly aggregations: Readonly<Record<ColumnKey, Aggregation>>;
  /**
   * The total row's own format for a column, where it differs from the column's: T1 counts the rows of
   * text columns and prints the counts zero-padded ("05").
   */
  readonly formats?: Readonly<Record<ColumnKey, ColumnFormat>>;
};

export type TableRows =
  | { readonly mode: "fixed"; readonly rows: readonly RowDef[] }
  | {
      readonly mode: "variable";
      /** The STT column, numbered by the add-in. */
      readonly numberColumn?: ColumnKey;
      readonly minRows: number;
    };

export type TableDef = {
  readonly id: TableId;
  readonly sectionId: SectionId;
  readonly title: Localized;
  readonly columns: readonly ColumnDef[];
  readonly header: readonly HeaderCell[];
  /** T9 prints a row of column numbers "1 … 13" under its header. */
  readonly numberRow?: boolean;
  readonly rows: TableRows;
  readonly total?: TotalRowDef;
  /** Relative column widths, summing to 100. */
  readonly widths?: readonly number[];
  /**
   * What roll-forward does with the input numbers (template-spec §5.2, §8): "period" tables are cleared
   * for refreshing (T2, T5, T9, T10), "static" ones kept (T1, T3, T4, T8, T11), "progressive" ones keep
   * their earlier period columns (T6, T7). Text and enumerated cells are always kept. Default "static".
   */
  readonly scope?: "period" | "static" | "progressive";
};

// ---- frame and agency ------------------------------------------------------------------------------

export type HeaderField = "docNumber" | "issueDate";

/** The agency details that make the shipped template another agency's: replaceable as a whole. */
export type AgencyProfile = {
  readonly id: string;
  readonly province: string;
  /** "UBND TỈNH ĐỒNG NAI" */
  readonly parentAgency: string;
  /** "SỞ CÔNG THƯƠNG" */
  readonly agency: string;
  /** "Sở Công Thương", as prose names it. */
  readonly agencyName: string;
  /** "BC-SCT" */
  readonly symbol: string;
  /** "Đồng Nai" */
  readonly place: string;
  readonly addressee: string;
  /** Whom the closing sentence reports to: "UBND tỉnh, Sở Nội vụ". */
  readonly reportTo: string;
  readonly signAuthority: string;
  readonly signerTitle: string;
  readonly signerName: string;
  readonly recipients: readonly string[];
  /** "Lưu: VT, VP (Quân)." */
  readonly archive: string;
};

/** The agency details that prose may quote. */
export type AgencyTextField = "agencyName" | "reportTo" | "place" | "province" | "addressee";

export type HouseStyle = {
  readonly quarterWord: "Quý" | "Quí";
  readonly padMonths: boolean;
  readonly percentSpace: boolean;
};

/** A choice made where the seed contradicts itself (template-spec §7), kept with the template. */
export type SeedDecision = { readonly ref: string; readonly decision: string };

export type Template = {
  readonly id: string;
  readonly version: string;
  readonly title: Localized;
  readonly houseStyle: HouseStyle;
  /** The summary line's fixed text, before the period label. */
  readonly summaryPrefix: string;
  readonly sections: readonly Section[];
  readonly tables: Readonly<Record<TableId, TableDef>>;
  readonly fields: Readonly<Record<FieldKey, FieldDef>>;
  readonly periodSlots: Readonly<Record<string, PeriodSlotDef>>;
  /** The closing sentence, with `{per:…}` slots; the agency's `reportTo` follows it. */
  readonly closing: readonly Inline[];
  readonly decisions: readonly SeedDecision[];
};
