import { renderReport, reportContent } from "../../src/domain/render";
import { figureTag, sectionTag, tableTag } from "../../src/domain/tags";
import type { Section } from "../../src/domain/template/types";
import { contentControls, documentPart, elementsNamed, packageParts, wChild, wChildren, wElements, wVal } from "../support/ooxmlQuery";
import { q1Input } from "./reportInput";

const input = q1Input();
const ooxml = renderReport(input);
const doc = documentPart(ooxml);
const controls = contentControls(doc);
const content = reportContent(input);

/** Every section, depth-first, with its parent's id. */
const outline = (sections: readonly Section[], parent?: string): { id: string; parent: string | undefined }[] =>
  sections.flatMap((s) => [{ id: s.id, parent }, ...outline(s.children, s.id)]);

const byTag = (tag: string) => controls.filter((c) => c.tag === tag);

describe("renderReport: the package", () => {
  it("holds the document, its styles and the two header parts its section refers to", () => {
    const parts = packageParts(ooxml);
    expect([...parts.keys()].sort()).toEqual(
      ["/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/header1.xml", "/word/header2.xml", "/word/styles.xml"].sort(),
    );
    const rels = parts.get("/word/_rels/document.xml.rels");
    const targets = Object.fromEntries(
      elementsNamed(rels, "Relationship").map((r) => [r.getAttribute("Id"), r.getAttribute("Target")]),
    );
    const sectPr = wChildren(wChild(doc, "body")!, "sectPr")[0]!;
    const refs = wChildren(sectPr, "headerReference").map((h) => [wVal(h, "type"), targets[h.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") ?? ""]]);
    expect(refs).toEqual([
      ["default", "header1.xml"],
      ["first", "header2.xml"],
    ]);
  });

  it("lays the page out per ND 30: A4, margins 20/20/30/15 mm, no page number on page 1", () => {
    const sectPr = wChildren(wChild(doc, "body")!, "sectPr")[0]!;
    const pgSz = wChild(sectPr, "pgSz")!;
    const pgMar = wChild(sectPr, "pgMar")!;
    expect([wVal(pgSz, "w"), wVal(pgSz, "h")]).toEqual(["11906", "16838"]);
    expect(["top", "bottom", "left", "right"].map((side) => Number(wVal(pgMar, side)))).toEqual([1134, 1134, 1701, 850]);
    expect(wChild(sectPr, "titlePg")).toBeDefined();
    const header = packageParts(ooxml).get("/word/header1.xml")!;
    expect(wElements(header, "instrText").map((t) => t.textContent?.trim())).toEqual(["PAGE"]);
    expect(wVal(wChild(wElements(header, "pPr")[0]!, "jc"))).toBe("center");
    expect(wElements(packageParts(ooxml).get("/word/header2.xml")!, "instrText")).toEqual([]);
  });
});

describe("renderReport: the content controls", () => {
  it("wraps every section of the template in exactly one bc:sec control, nested as the outline", () => {
    const sections = outline(input.template.sections);
    for (const { id, parent } of sections) {
      const found = byTag(sectionTag(id));
      expect({ id, count: found.length }).toEqual({ id, count: 1 });
      const around = found[0]!.ancestors.filter((t) => t.startsWith("bc:sec:"));
      expect({ id, parent: around.at(-1) }).toEqual({ id, parent: parent === undefined ? undefined : sectionTag(parent) });
      expect(found[0]!.block).toBe(true);
    }
    expect(controls.filter((c) => c.tag.startsWith("bc:sec:")).length).toBe(sections.length);
  });

  it("puts every table once in its block control (the table and the paragraph after it), inside its section's control", () => {
    for (const table of Object.values(input.template.tables)) {
      const found = byTag(tableTag(table.id));
      expect({ table: table.id, count: found.length }).toEqual({ table: table.id, count: 1 });
      expect(found[0]!.ancestors).toContain(sectionTag(table.sectionId));
      expect(wChildren(wChild(found[0]!.element, "sdtContent")!).map((e) => e.localName)).toEqual(["tbl", "p"]);
    }
  });

  it("shows in every figure, period, header and cell control the text of reportContent, and has no other", () => {
    const inline = controls.filter((c) => !c.block);
    for (const control of inline) expect({ tag: control.tag, text: control.text }).toEqual({ tag: control.tag, text: content.texts.get(control.tag) });
    expect(new Set(inline.map((c) => c.tag))).toEqual(new Set(content.texts.keys()));
  });

  it("gives every control a unique id and a Vietnamese title", () => {
    const ids = controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(controls.length);
    expect(controls.filter((c) => !c.title)).toEqual([]);
    expect(byTag(figureTag("II.2.2.1.onTimeRatePct"))[0]!.title).toBe(input.template.fields["II.2.2.1.onTimeRatePct"]!.label.vi);
    expect(byTag(sectionTag("II.2.2.1"))[0]!.title).toBe("2.2.1. Tổ chức hoạt động bộ phận một cửa");
  });

  it.each([
    ["T2.r1.c5", true],
    ["T2.rTotal.c3", true],
    ["T4.r1.c1", true],
    ["T9.r1.c3", true],
    ["II.6.c.egovOnlinePct", true],
    ["T2.r1.c4", false],
    ["T2.r1.c2", false],
    ["T6.r1.c2", false],
    ["II.2.2.1.onTimeRatePct", false],
  ])("locks %s: %s (computed cells and totals only)", (key, locked) => {
    expect(byTag(figureTag(key)).map((c) => c.locked)).toEqual(byTag(figureTag(key)).map(() => locked));
    expect(byTag(figureTag(key)).length).toBeGreaterThan(0);
  });

  it("uses rich-text controls only (no type element in w:sdtPr)", () => {
    const typed = ["text", "date", "dropDownList", "comboBox", "picture", "docPartObj", "group", "checkbox"];
    for (const c of controls) expect(wChildren(wChild(c.element, "sdtPr")!).filter((e) => typed.includes(e.localName ?? ""))).toEqual([]);
  });
});
