/**
 * Escaping for WordprocessingML built as strings. Every text that reaches the document — a figure, a label, a
 * clerk's note — goes through `escapeXml`, so a value can never become markup (DESIGN.md: "Figures from any
 * source are text in OOXML: escaped, never markup").
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// XML 1.0 cannot hold C0 control characters other than tab, line feed and carriage return, nor lone surrogates
// or U+FFFE/U+FFFF; a figure carrying one would make the package unreadable, so they are dropped.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as XML character data or attribute value: `& < > " '` escaped, characters XML cannot hold removed.
 *
 * @example
 * escapeXml('<w:p>&"x"') // → "&lt;w:p&gt;&amp;&quot;x&quot;"
 */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * One `w:val`-style attribute, escaped.
 *
 * @example
 * attr("w:val", "Quý I/2021") // → ' w:val="Quý I/2021"'
 */
export const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value))}"`;

/**
 * Millimetres to twentieths of a point (twips), as page and table measures are written.
 *
 * @example mmToTwips(30) // → 1701
 */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/**
 * Points to half-points, as `w:sz` is written.
 *
 * @example ptToHalfPoints(13) // → 26
 */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
