import type { Figures } from "../../domain/figures/schema";
import type { Result } from "../../domain/issues/Issue";
import { parsePastedFields, parsePastedTable, pasteToFigures } from "../../domain/paste";
import type { ImportInput } from "./Importer";

/**
 * The default importer: the add-in's own paste reader (`src/domain/paste`), so that an upload is read
 * exactly as the same text pasted into the task pane — vi-VN numbers, labels or keys, merged headers.
 */
export function pasteImporter(input: ImportInput): Result<Figures> {
  const read =
    input.format === "csv"
      ? parsePastedFields(input.text, input.template)
      : parsePastedTable(input.text, input.template, input.table === undefined ? {} : { table: input.table });
  if (read.value === undefined) return { value: undefined, issues: read.issues };
  return { value: pasteToFigures(input.base, read.value), issues: read.issues };
}
