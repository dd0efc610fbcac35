/**
 * What adopt reads of a document: its paragraphs and tables in order, as Word gives them in one batch
 * (`body.paragraphs` with text, nesting and list numbering; `body.tables` with their cell texts). Indices are
 * those of the collections Word returned, so that the plan points back at the very proxies.
 */
export type ViewParagraph = {
  readonly kind: "para";
  /** Index in `body.paragraphs`. */
  readonly index: number;
  readonly text: string;
  /** The number Word draws for a list paragraph ("II.", "a)"), not part of its text. */
  readonly listString?: string;
};

export type ViewTable = {
  readonly kind: "table";
  /** Index in `body.tables`. */
  readonly index: number;
  /** Cell texts row by row, physical cells (a merged cell counts once; a vertically merged one in each row). */
  readonly rows: readonly (readonly string[])[];
};

export type ViewBlock = ViewParagraph | ViewTable;

/** What Word returns: every paragraph (those in tables too) and every table (nested ones too). */
export type WordReading = {
  readonly paragraphs: readonly {
    readonly text: string;
    readonly tableNestingLevel: number;
    readonly listString?: string;
  }[];
  readonly tables: readonly {
    readonly values: readonly (readonly string[])[];
    readonly nestingLevel: number;
  }[];
};

/**
 * The body's blocks in order: paragraphs outside tables, and each top-level table where its first paragraph is.
 * Word lists a table's paragraphs in `body.paragraphs`; a run of them with a nesting level stands for the table.
 *
 * @example documentView({ paragraphs: [{ text: "A", tableNestingLevel: 0 }, { text: "x", tableNestingLevel: 1 }],
 *   tables: [{ values: [["x"]], nestingLevel: 1 }] })
 * // → [{ kind: "para", index: 0, text: "A" }, { kind: "table", index: 0, rows: [["x"]] }]
 */
export function documentView(reading: WordReading): readonly ViewBlock[] {
  const topTables = reading.tables
    .map((table, index) => ({ table, index }))
    .filter(({ table }) => table.nestingLevel <= 1);
  const blocks: ViewBlock[] = [];
  let next = 0;
  let inTable = false;
  reading.paragraphs.forEach((p, index) => {
    if (p.tableNestingLevel > 0) {
      if (!inTable) {
        const found = topTables[next++];
        if (found) blocks.push({ kind: "table", index: found.index, rows: found.table.values });
      }
      inTable = true;
      return;
    }
    inTable = false;
    blocks.push(
      p.listString
        ? { kind: "para", index, text: p.text, listString: p.listString }
        : { kind: "para", index, text: p.text },
    );
  });
  return blocks;
}
