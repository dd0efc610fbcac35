/**
 * Namespace URIs of WordprocessingML and the package format. Kept in one place so that every part the host
 * writes declares the same prefixes (Word rejects a part whose `mc:Ignorable` names an undeclared prefix).
 */
export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  w10: "urn:schemas-microsoft-com:office:word",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  ds: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  cp: "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/",
} as const;

/** Prefixes declared on the root of every WordprocessingML part the host writes, and which of them are ignorable. */
export const WORD_ROOT_PREFIXES = ["w", "r", "w14", "w15", "mc", "wp", "wp14", "a", "pic", "v", "o", "m", "w10"] as const;
export const WORD_IGNORABLE = "w14 w15 wp14";

/** Relationship types the host reads or writes. */
export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  numbering: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
  footer: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
  customProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  glossary: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument",
} as const;

/** Content types of the parts the host writes. */
export const CT = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  numbering: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
  footer: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
  extendedProperties: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  glossary: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
} as const;
