import { inlineNotation } from "./markup";
import { walkSections } from "./walkSections";
import type { HeaderCell, Section, TableDef, Template } from "./types";

export type SectionDescription = {
  readonly id: string;
  readonly number: string;
  readonly depth: number;
  readonly heading: string;
  readonly title: string;
  readonly runIn: boolean;
  readonly tables: readonly string[];
  readonly figures: readonly string[];
  readonly periodSlots: readonly string[];
};

export type HeaderDescription = {
  readonly label: string;
  readonly column?: string;
  readonly children?: readonly HeaderDescription[];
};

export type TableDescription = {
  readonly id: string;
  readonly section: string;
  readonly title: string;
  readonly header: readonly HeaderDescription[];
  readonly columns: readonly {
    key: string;
    class: string;
    label: string;
    format: string;
    formula?: string;
  }[];
  readonly rows: "variable" | readonly { id: string; kind: string; label: string }[];
  readonly total?: { readonly label: string; readonly aggregations: Readonly<Record<string, string>> };
};

export type TemplateDescription = {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly sections: readonly SectionDescription[];
  readonly tables: readonly TableDescription[];
  readonly fields: readonly { key: string; type: string; scope: string; label: string; labelEn: string }[];
  readonly periodSlots: readonly { id: string; class: string; label: string }[];
  readonly decisions: readonly { ref: string; decision: string }[];
};

/**
 * What the template holds, as plain data for `baocao template --json` and for people: the outline with
 * ids, the tables with their header trees, rows and columns, the fields with types and scopes.
 *
 * @example describeTemplate(cchcQuarterlySct).sections[0] // → { id: "I", number: "I.", depth: 0, … }
 */
export function describeTemplate(template: Template): TemplateDescription {
  return {
    id: template.id,
    version: template.version,
    title: template.title.vi,
    sections: walkSections(template.sections).map(({ section, depth }) => describeSection(section, depth)),
    tables: Object.values(template.tables).map(describeTable),
    fields: Object.values(template.fields).map((f) => ({
      key: f.key,
      type: f.type,
      scope: f.scope,
      label: f.label.vi,
      labelEn: f.label.en,
    })),
    periodSlots: Object.values(template.periodSlots).map((s) => ({
      id: s.id,
      class: s.class,
      label: s.label.vi,
    })),
    decisions: template.decisions.map((d) => ({ ref: d.ref, decision: d.decision })),
  };
}

function describeSection(s: Section, depth: number): SectionDescription {
  const all = [...(s.heading ?? []), ...s.body.flatMap((b) => (b.kind === "para" ? b.content : []))];
  return {
    id: s.id,
    number: s.number,
    depth,
    heading: s.heading ? inlineNotation(s.heading) : "",
    title: s.title.vi,
    runIn: s.runIn === true,
    tables: s.body.flatMap((b) => (b.kind === "table" ? [b.table] : [])),
    figures: [...new Set(all.flatMap((i) => (i.kind === "fig" ? [i.key] : [])))],
    periodSlots: [...new Set(all.flatMap((i) => (i.kind === "per" ? [i.slot] : [])))],
  };
}

function describeHeader(cell: HeaderCell): HeaderDescription {
  return {
    label: inlineNotation(cell.label),
    ...(cell.column ? { column: cell.column } : {}),
    ...(cell.children ? { children: cell.children.map(describeHeader) } : {}),
  };
}

function describeTable(table: TableDef): TableDescription {
  return {
    id: table.id,
    section: table.sectionId,
    title: table.title.vi,
    header: table.header.map(describeHeader),
    columns: table.columns.map((c) => ({
      key: c.key,
      class: c.class,
      label: c.label.vi,
      format: c.format.kind,
      ...(c.formula
        ? {
            formula:
              c.formula.op === "sum" ? c.formula.of.join(" + ") : `${c.formula.num} / ${c.formula.den} × 100`,
          }
        : c.parts
          ? { formula: c.parts.map((p) => p.key).join(" + ") }
          : {}),
    })),
    rows:
      table.rows.mode === "variable"
        ? "variable"
        : table.rows.rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            label: r.kind === "group" ? r.label : Object.values(r.label ?? {}).join(" | "),
          })),
    ...(table.total
      ? { total: { label: table.total.label, aggregations: { ...table.total.aggregations } } }
      : {}),
  };
}
