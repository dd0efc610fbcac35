/**
 * OOXML used by the docx tests, built by hand so each test says exactly what the document holds: content
 * controls (inline and block, nested, locked, with appearance), a table with gridSpan/vMerge/tblHeader, a
 * numbered list, a style, and a section with a title page and a header carrying a PAGE field.
 */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const run = (text: string): string => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
export const para = (inner: string, pPr = ""): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;

export type SdtOptions = {
  readonly tag: string;
  readonly title?: string;
  readonly lock?: "contentLocked" | "sdtLocked" | "sdtContentLocked";
  readonly appearance?: "boundingBox" | "tags" | "hidden";
  readonly id?: number;
};

function sdtPr(o: SdtOptions): string {
  return (
    "<w:sdtPr>" +
    (o.title ? `<w:alias w:val="${esc(o.title)}"/>` : "") +
    `<w:tag w:val="${esc(o.tag)}"/>` +
    (o.id !== undefined ? `<w:id w:val="${o.id}"/>` : "") +
    (o.lock ? `<w:lock w:val="${o.lock}"/>` : "") +
    (o.appearance ? `<w15:appearance w15:val="${o.appearance}"/>` : "") +
    "</w:sdtPr>"
  );
}

/** A run-level (inline) control holding `text`. */
export const inlineCc = (o: SdtOptions, text: string): string => `<w:sdt>${sdtPr(o)}<w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;

/** A block-level control around paragraphs/tables. */
export const blockCc = (o: SdtOptions, blocks: string): string => `<w:sdt>${sdtPr(o)}<w:sdtContent>${blocks}</w:sdtContent></w:sdt>`;

const cell = (inner: string, tcPr = ""): string => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${tcPr}</w:tcPr>${inner}</w:tc>`;

/** A 3-column table: a two-row merged header (vMerge + gridSpan, repeated), then data rows of inline controls. */
export function mergedTable(tag: string, rows: ReadonlyArray<readonly [string, string, string]>): string {
  const header =
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    cell(para(run("Chỉ tiêu")), '<w:vMerge w:val="restart"/>') +
    cell(para(run("Kết quả")), '<w:gridSpan w:val="2"/>') +
    "</w:tr>" +
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    cell("<w:p/>", "<w:vMerge/>") +
    cell(para(run("Kỳ này"))) +
    cell(para(run("Lũy kế"))) +
    "</w:tr>";
  const body = rows
    .map(
      ([label, a, b], i) =>
        "<w:tr>" +
        cell(para(run(label))) +
        cell(para(inlineCc({ tag: `${tag}:r${i}c0` }, a))) +
        cell(para(inlineCc({ tag: `${tag}:r${i}c1` }, b))) +
        "</w:tr>",
    )
    .join("");
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
    header +
    body +
    "</w:tbl>"
  );
}

const A4_SECT =
  '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>' +
  "<w:titlePg/></w:sectPr>";

const part = (name: string, contentType: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

export type FlatOpcOptions = { readonly withSection?: boolean; readonly withStyles?: boolean; readonly withNumbering?: boolean };

/** A Flat OPC package as insertOoxml takes it. */
export function flatOpc(bodyXml: string, o: FlatOpcOptions = {}): string {
  const docRels: string[] = [];
  if (o.withSection) {
    docRels.push('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
  }
  if (o.withStyles) docRels.push('<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  if (o.withNumbering) docRels.push('<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>');
  const REL_CT = "application/vnd.openxmlformats-package.relationships+xml";
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part("/_rels/.rels", REL_CT,
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') +
    part("/word/_rels/document.xml.rels", REL_CT,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join("")}</Relationships>`) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W_NS}" xmlns:w15="${W15_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}${o.withSection ? A4_SECT : ""}</w:body></w:document>`) +
    (o.withSection
      ? part("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
          `<w:hdr xmlns:w="${W_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
          '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
          '<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>')
      : "") +
    (o.withStyles
      ? part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="BaoCaoTitle"><w:name w:val="BaoCao Title"/>` +
          '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>' +
          '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="40"/></w:rPr></w:style></w:styles>')
      : "") +
    (o.withNumbering
      ? part("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
          `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
          '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
          '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
      : "") +
    "</pkg:package>"
  );
}

/** A small report: a section control with a title, an inline figure, a locked figure, a nested subsection and a table. */
export function sampleReport(): string {
  return flatOpc(
    para(run("BÁO CÁO"), '<w:pStyle w:val="BaoCaoTitle"/>') +
      blockCc(
        { tag: "bc:sec:I", title: "I. Kết quả", appearance: "boundingBox" },
        para(run("Tổng số hồ sơ: ") + inlineCc({ tag: "bc:fig:total", title: "Tổng số" }, "2.555") + run(" hồ sơ.")) +
          para(run("Tỷ lệ: ") + inlineCc({ tag: "bc:fig:rate", lock: "sdtContentLocked", appearance: "tags" }, "96,3") + run("%")) +
          blockCc({ tag: "bc:sec:I.1", title: "1. Chi tiết" }, para(run("Chi tiết ") + inlineCc({ tag: "bc:per:label" }, "Quý I/2021"))),
      ) +
      blockCc({ tag: "bc:tbl:T1", title: "Bảng 1" }, mergedTable("bc:tbl:T1", [["Hồ sơ", "10", "20"], ["Đúng hạn", "9", "18"]])) +
      para(run("1. Mục một"), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    { withSection: true, withStyles: true, withNumbering: true },
  );
}
