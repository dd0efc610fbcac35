import { issue, type Issue } from "../issues/Issue";
import { parseTag, sectionTag, tableTag } from "../tags/tags";
import type { Template } from "../template/types";
import { walkSections } from "../template/walkSections";

/**
 * What is wrong with a document's controls against its template: sections, tables and figures missing
 * (deleted by hand), sections and tables duplicated (copied by hand), and controls of ours that the template
 * does not know. Figures may repeat by design: one key, many places.
 *
 * @example documentIssues(found, template, expectedTexts) // → [{ code: "doc.missingControl", path: ["doc", "bc:tbl:T2"], … }]
 */
export function documentIssues(
  found: ReadonlyMap<string, number>,
  template: Template,
  expected: ReadonlyMap<string, string>,
): readonly Issue[] {
  const structural = structuralTags(template);
  const known = new Set([...structural, ...expected.keys()]);
  const out: Issue[] = [...structuralIssues(found, template)];
  for (const tag of expected.keys()) {
    if ((found.get(tag) ?? 0) === 0) out.push(issue("doc.missingControl", ["doc", tag], { tag }));
  }
  for (const tag of found.keys()) {
    if (parseTag(tag) && !known.has(tag))
      out.push(issue("doc.orphanControl", ["doc", tag], { tag }, "warning"));
  }
  return out;
}

const structuralTags = (template: Template): readonly string[] => [
  ...walkSections(template.sections).map((w) => sectionTag(w.section.id)),
  ...Object.keys(template.tables).map(tableTag),
];

/**
 * The sections and tables of the template deleted (none found) or duplicated (found more than once): a document
 * problem that stops every operation with nothing written (refresh, roll forward), and that check lists.
 */
export function structuralIssues(found: ReadonlyMap<string, number>, template: Template): readonly Issue[] {
  const out: Issue[] = [];
  for (const tag of structuralTags(template)) {
    const count = found.get(tag) ?? 0;
    if (count === 0) out.push(issue("doc.missingControl", ["doc", tag], { tag }));
    else if (count > 1) out.push(issue("doc.duplicateControl", ["doc", tag], { tag, count }));
  }
  return out;
}
