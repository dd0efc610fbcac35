/**
 * The `type` and `subtype` Word reports for a content control, from the type element in `w:sdtPr` and where the
 * control sits. A control with no type element is rich text. Its subtype says what it wraps: runs
 * (RichTextInline), paragraphs (RichTextParagraphs), exactly one table (RichTextTable), a row or a cell.
 */
import { NS } from "../xml/namespaces";
import { isElement, isW, wChild, type XElement } from "../xml/xmlDom";
import { contentModelOf } from "./structure";

export type ContentControlType =
  | "Unknown" | "RichTextInline" | "RichTextParagraphs" | "RichTextTableCell" | "RichTextTableRow" | "RichTextTable"
  | "PlainTextInline" | "PlainTextParagraph" | "Picture" | "BuildingBlockGallery" | "CheckBox" | "ComboBox"
  | "DropDownList" | "DatePicker" | "RepeatingSection" | "RichText" | "PlainText" | "Group";

const W_TYPES: Readonly<Record<string, ContentControlType>> = {
  text: "PlainText",
  dropDownList: "DropDownList",
  comboBox: "ComboBox",
  date: "DatePicker",
  picture: "Picture",
  docPartObj: "BuildingBlockGallery",
  docPartList: "BuildingBlockGallery",
  group: "Group",
  equation: "Unknown",
  citation: "Unknown",
  bibliography: "Unknown",
};

export function sdtType(sdt: XElement): ContentControlType {
  const pr = wChild(sdt, "sdtPr");
  if (!pr) return "RichText";
  for (let c = pr.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (c.namespaceURI === NS.w && c.localName && W_TYPES[c.localName]) return W_TYPES[c.localName]!;
    if (c.namespaceURI === NS.w14 && c.localName === "checkbox") return "CheckBox";
    if (c.namespaceURI === NS.w15 && c.localName === "repeatingSection") return "RepeatingSection";
  }
  return "RichText";
}

/** Where the control sits: among runs, blocks, rows or cells. */
export function sdtLevel(sdt: XElement): "inline" | "block" | "row" | "cell" {
  const parent = sdt.parentNode;
  if (!isElement(parent)) return "block";
  const model = contentModelOf(parent);
  return model === "inline" ? "inline" : model === "rows" ? "row" : model === "cells" ? "cell" : "block";
}

/** A block control whose content is exactly one table. */
function wrapsOnlyATable(sdt: XElement): boolean {
  const content = wChild(sdt, "sdtContent");
  if (!content) return false;
  let tables = 0;
  for (let c = content.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (isW(c, "tbl")) tables++;
    else if (!(c.namespaceURI === NS.w && (c.localName === "bookmarkStart" || c.localName === "bookmarkEnd"))) return false;
  }
  return tables === 1;
}

export function sdtSubtype(sdt: XElement): ContentControlType {
  const type = sdtType(sdt);
  const level = sdtLevel(sdt);
  if (type === "RichText") {
    if (level === "inline") return "RichTextInline";
    if (level === "row") return "RichTextTableRow";
    if (level === "cell") return "RichTextTableCell";
    return wrapsOnlyATable(sdt) ? "RichTextTable" : "RichTextParagraphs";
  }
  if (type === "PlainText") return level === "inline" ? "PlainTextInline" : "PlainTextParagraph";
  return type;
}

/**
 * Collections list rich-text controls only: the API reference says `contentControls` holds "rich text content
 * control objects", and Word leaves plain-text and checkbox controls out (office-js#2160, #6144).
 */
export function isListedControl(sdt: XElement): boolean {
  return sdtType(sdt) === "RichText";
}
