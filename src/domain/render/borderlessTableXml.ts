/**
 * A layout table without borders: ND 30's header block and signature block are two columns side by side.
 * Each cell is given as its paragraphs, already built.
 *
 * @example
 * borderlessTableXml([3345, 6010], [["<w:p>…UBND…</w:p>", "<w:p>…CỘNG HÒA…</w:p>"]])
 * // → '<w:tbl><w:tblPr>…<w:tblBorders><w:top w:val="nil"/>…</w:tblPr>…<w:tr>…</w:tr></w:tbl>'
 */
export function borderlessTableXml(widths: readonly number[], rows: readonly (readonly string[])[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="nil"/>`).join("");
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const body = rows
    .map(
      (cells) =>
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
        widths
          .map((w, i) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${cells[i] || "<w:p/>"}</w:tc>`)
          .join("") +
        "</w:tr>",
    )
    .join("");
  return `<w:tbl>${tblPr}${grid}${body}</w:tbl>`;
}
