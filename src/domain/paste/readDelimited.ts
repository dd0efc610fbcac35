import type { Delimiter, Grid } from "./Grid";

/**
 * Splits delimited text into rows of cells the way spreadsheets write it: a cell that holds the delimiter, a
 * line break or a quote is wrapped in double quotes, with quotes inside doubled. Lines end in CRLF, LF or CR;
 * a byte-order mark and the trailing line break Excel adds are dropped. A quote inside an unquoted cell is text.
 *
 * @example
 * readDelimited('STT\t"Tỷ lệ\n(%)"\r\n1\t96,3 %\r\n', "\t") // → [["STT", "Tỷ lệ\n(%)"], ["1", "96,3 %"]]
 * readDelimited('a;"say ""hi"""', ";")                       // → [["a", 'say "hi"']]
 */
export function readDelimited(text: string, delimiter: Delimiter): Grid {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) endCell();
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && source[i + 1] === "\n") i += 1;
      endRow();
    } else cell += ch;
    i += 1;
  }
  // The last line: kept unless the text ended with its line break (nothing read since).
  if (cell !== "" || row.length > 0 || quoted) endRow();
  return rows;
}
