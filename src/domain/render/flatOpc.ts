import { CONTENT_TYPE, NS, REL } from "./namespaces";
import { HEADER_REL } from "./sectionProperties";
import { stylesXml } from "./stylesXml";
import { emptyHeaderXml, pageNumberHeaderXml } from "./pageNumberHeader";

const part = (name: string, contentType: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

const relationship = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;

export type FlatOpcOptions = {
  /** Add the header parts the body's `w:sectPr` refers to (the whole report); a lone table has none. */
  readonly headers: boolean;
};

/**
 * A Flat OPC package (`pkg:package`) as `insertOoxml` takes it: the document part with the given body, the
 * styles part, and for a whole report the two header parts its section refers to.
 *
 * @example
 * flatOpcPackage("<w:p/>", { headers: false })
 * // → '<pkg:package xmlns:pkg="…"><pkg:part pkg:name="/_rels/.rels" …>…<w:body><w:p/></w:body>…</pkg:package>'
 */
export function flatOpcPackage(bodyXml: string, options: FlatOpcOptions): string {
  const docRels = [relationship("rIdBcStyles", REL.styles, "styles.xml")];
  if (options.headers) {
    docRels.push(relationship(HEADER_REL.default, REL.header, "header1.xml"), relationship(HEADER_REL.first, REL.header, "header2.xml"));
  }
  const rels = (inner: string): string => `<Relationships xmlns="${NS.rels}">${inner}</Relationships>`;
  return (
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    part("/_rels/.rels", CONTENT_TYPE.rels, rels(relationship("rId1", REL.officeDocument, "word/document.xml"))) +
    part("/word/_rels/document.xml.rels", CONTENT_TYPE.rels, rels(docRels.join(""))) +
    part(
      "/word/document.xml",
      CONTENT_TYPE.document,
      `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${bodyXml}</w:body></w:document>`,
    ) +
    part("/word/styles.xml", CONTENT_TYPE.styles, stylesXml()) +
    (options.headers
      ? part("/word/header1.xml", CONTENT_TYPE.header, pageNumberHeaderXml()) + part("/word/header2.xml", CONTENT_TYPE.header, emptyHeaderXml())
      : "") +
    "</pkg:package>"
  );
}

/**
 * The page-number paragraph as a Flat OPC package, for `getHeader("Primary").insertOoxml(…, "Replace")`: below
 * WordApi 1.5 there is no insertField, and a PAGE field sent as OOXML is what a maintainer suggests
 * (office-js-docs-reference#905).
 *
 * @example pageNumberHeaderOoxml() // → '<pkg:package …>…<w:instrText xml:space="preserve"> PAGE </w:instrText>…</pkg:package>'
 */
export function pageNumberHeaderOoxml(): string {
  const paragraph = /<w:p>.*<\/w:p>/.exec(pageNumberHeaderXml())![0];
  return flatOpcPackage(paragraph, { headers: false });
}
