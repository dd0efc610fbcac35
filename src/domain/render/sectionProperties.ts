import { PAGE } from "./pageLayout";

/** Relationship ids of the two headers, as the package's document relationships name them. */
export const HEADER_REL = { default: "rIdBcHeaderDefault", first: "rIdBcHeaderFirst" } as const;

/**
 * The report's `w:sectPr`: A4 portrait with ND 30's margins, the page-number header on every page but the first
 * (`w:titlePg` with an empty first-page header).
 *
 * @example
 * sectionProperties() // → '<w:sectPr><w:headerReference w:type="default" r:id="rIdBcHeaderDefault"/>…<w:pgSz w:w="11906" w:h="16838"/>…<w:titlePg/></w:sectPr>'
 */
export function sectionProperties(): string {
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_REL.default}"/>` +
    `<w:headerReference w:type="first" r:id="${HEADER_REL.first}"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" ` +
    `w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}
