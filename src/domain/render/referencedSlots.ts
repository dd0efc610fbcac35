import type { Block, FieldKey, Inline, Section, TableId, Template } from "../template/types";

/** What a template's document refers to: figure keys, period slots and tables, each once, in document order. */
export type ReferencedSlots = {
  readonly figures: readonly FieldKey[];
  readonly periods: readonly string[];
  readonly tables: readonly TableId[];
};

function sectionInlines(section: Section, tables: TableId[]): Inline[] {
  const own = section.body.flatMap((block: Block) => {
    if (block.kind === "table") {
      tables.push(block.table);
      return [];
    }
    return [...block.content];
  });
  return [...(section.heading ?? []), ...own, ...section.children.flatMap((c) => sectionInlines(c, tables))];
}

/**
 * Walks the template as the renderer prints it — title, sections, the headers of the tables they place, the
 * closing sentence — and lists the figures, period slots and tables met.
 *
 * @example
 * referencedSlots(cchcQuarterlySct).periods // → ["label", "labelSlash", "dataRange", …]
 */
export function referencedSlots(template: Template): ReferencedSlots {
  const tables: TableId[] = [];
  const body = template.sections.flatMap((s) => sectionInlines(s, tables));
  const headers = tables.flatMap((id) => {
    const walk = (cells: NonNullable<Template["tables"][string]>["header"]): Inline[] =>
      cells.flatMap((c) => [...c.label, ...walk(c.children ?? [])]);
    return walk(template.tables[id]?.header ?? []);
  });
  const all: Inline[] = [{ kind: "per", slot: "label" }, ...body, ...headers, ...template.closing];
  const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];
  return {
    figures: unique(all.flatMap((i) => (i.kind === "fig" ? [i.key] : []))),
    periods: unique(all.flatMap((i) => (i.kind === "per" ? [i.slot] : []))),
    tables: unique(tables),
  };
}
