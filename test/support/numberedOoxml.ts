/**
 * A Flat OPC package (what insertOoxml takes) whose paragraphs Word numbers from a list: abstract list 0 draws
 * "I." / "1." / "1.1." / "a)" on levels 0–3, list 1 a bullet "-"; `w:num` 1 and 2 are list 0 (2 restarting at
 * V.), 3 is the bullet; paragraph style "Muc" is numbered level 0 of list 0 through the style it is based on.
 */
import { W_NS, esc } from "../docx/fixtures";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const part = (name: string, type: string, xml: string) =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
const lvl = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

/** A paragraph numbered by `w:num` numId at level ilvl (numId null: no numbering of its own), or by its style. */
export const numbered = (text: string, numId: number | null, ilvl = 0, style = ""): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${
    numId === null ? "" : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`
  }</w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

export function numberedPackage(bodyXml: string): string {
  const numbering =
    `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "decimal", "%2.%3.")}${lvl(3, "lowerLetter", "%4)")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "-")}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
    `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>` +
    `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const styles =
    `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:basedOn w:val="MucGoc"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="MucGoc"><w:name w:val="Muc goc"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
  const RELS = "application/vnd.openxmlformats-package.relationships+xml";
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      "/_rels/.rels",
      RELS,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      RELS,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rSt" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rNum" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document>`,
    ) +
    part(
      "/word/styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
      styles,
    ) +
    part(
      "/word/numbering.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
      numbering,
    ) +
    "</pkg:package>"
  );
}
