/**
 * The parts of a new, empty document, shaped like the ones Word writes for "Blank document": one empty
 * paragraph, an A4 section, the four default styles, an empty numbering part and compatibility mode 15 (so
 * Word does not open it in compatibility mode).
 */
import { NS, WORD_IGNORABLE, WORD_ROOT_PREFIXES, REL, CT } from "../xml/namespaces";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `xmlns:*` declarations (and `mc:Ignorable`) for the root of a WordprocessingML part. */
export function wordRootNamespaces(): string {
  const decls = WORD_ROOT_PREFIXES.map((p) => `xmlns:${p}="${NS[p]}"`).join(" ");
  return `${decls} mc:Ignorable="${WORD_IGNORABLE}"`;
}

/** A4 portrait, 2 cm margins: what a Vietnamese-locale Word proposes for a blank document. */
export const BLANK_SECT_PR =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>' +
  '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>';

export function blankDocumentXml(): string {
  return `${XML_DECL}<w:document ${wordRootNamespaces()}><w:body><w:p/>${BLANK_SECT_PR}</w:body></w:document>`;
}

export function blankStylesXml(): string {
  return (
    `${XML_DECL}<w:styles ${wordRootNamespaces()}>` +
    "<w:docDefaults><w:rPrDefault><w:rPr>" +
    '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>' +
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>' +
    "</w:rPr></w:rPrDefault>" +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    "</w:docDefaults>" +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    "</w:styles>"
  );
}

export function blankNumberingXml(): string {
  return `${XML_DECL}<w:numbering ${wordRootNamespaces()}></w:numbering>`;
}

export function blankSettingsXml(): string {
  return (
    `${XML_DECL}<w:settings ${wordRootNamespaces()}>` +
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' +
    '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>' +
    '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>' +
    '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>' +
    "</w:compat></w:settings>"
  );
}

export function blankCorePropsXml(isoNow: string): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>baocao</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${isoNow}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoNow}</dcterms:modified></cp:coreProperties>`
  );
}

export function blankAppPropsXml(): string {
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="${NS.vt}"><Application>baocao</Application></Properties>`
  );
}

/** Parts of the blank package with their content types and the relationships that reach them. */
export function blankPackageParts(isoNow: string): {
  readonly parts: ReadonlyArray<{ name: string; xml: string; contentType: string }>;
  readonly rootRels: ReadonlyArray<{ type: string; target: string }>;
  readonly documentRels: ReadonlyArray<{ type: string; target: string }>;
} {
  return {
    parts: [
      { name: "word/document.xml", xml: blankDocumentXml(), contentType: CT.document },
      { name: "word/styles.xml", xml: blankStylesXml(), contentType: CT.styles },
      { name: "word/settings.xml", xml: blankSettingsXml(), contentType: CT.settings },
      { name: "word/numbering.xml", xml: blankNumberingXml(), contentType: CT.numbering },
      { name: "docProps/core.xml", xml: blankCorePropsXml(isoNow), contentType: CT.coreProperties },
      { name: "docProps/app.xml", xml: blankAppPropsXml(), contentType: CT.extendedProperties },
    ],
    rootRels: [
      { type: REL.officeDocument, target: "word/document.xml" },
      { type: REL.coreProperties, target: "docProps/core.xml" },
      { type: REL.extendedProperties, target: "docProps/app.xml" },
    ],
    documentRels: [
      { type: REL.styles, target: "styles.xml" },
      { type: REL.settings, target: "settings.xml" },
      { type: REL.numbering, target: "numbering.xml" },
    ],
  };
}
