/** The namespaces of the parts the renderer writes. */
export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

/** Relationship types. */
export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
} as const;

/** Content types of the parts. */
export const CONTENT_TYPE = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
} as const;
