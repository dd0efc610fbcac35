import { NS } from "./namespaces";
import { STYLE } from "./styleIds";

/**
 * The header of every page but the first: the page number, a PAGE field, centred in the top margin, 13 pt
 * upright (ND 30, Phụ lục I). The cached result "2" is what a reader shows before fields are updated.
 *
 * @example
 * pageNumberHeaderXml() // → '<w:hdr …><w:p>…<w:instrText xml:space="preserve"> PAGE </w:instrText>…</w:p></w:hdr>'
 */
export function pageNumberHeaderXml(): string {
  return (
    `<w:hdr xmlns:w="${NS.w}"><w:p><w:pPr><w:pStyle w:val="${STYLE.pageNumber}"/><w:jc w:val="center"/></w:pPr>` +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    "</w:p></w:hdr>"
  );
}

/**
 * The first page's header: empty, since ND 30 shows no number on page 1.
 *
 * @example emptyHeaderXml() // → '<w:hdr …><w:p><w:pPr><w:pStyle w:val="BcPageNumber"/></w:pPr></w:p></w:hdr>'
 */
export function emptyHeaderXml(): string {
  return `<w:hdr xmlns:w="${NS.w}"><w:p><w:pPr><w:pStyle w:val="${STYLE.pageNumber}"/></w:pPr></w:p></w:hdr>`;
}
