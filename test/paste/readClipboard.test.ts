import { detectDelimiter } from "../../src/domain/paste/detectDelimiter";
import type { Delimiter, Grid } from "../../src/domain/paste/Grid";
import { readClipboard, type Clipboard } from "../../src/domain/paste/readClipboard";
import { readDelimited } from "../../src/domain/paste/readDelimited";

describe("readDelimited", () => {
  it.each<[string, string, Delimiter, Grid]>([
    ["Excel's CRLF with a trailing line break", "a\tb\r\n1\t2\r\n", "\t", [["a", "b"], ["1", "2"]]],
    ["LF without a trailing line break (Sheets)", "a\tb\n1\t2", "\t", [["a", "b"], ["1", "2"]]],
    ["old Mac CR", "a\tb\r1\t2\r", "\t", [["a", "b"], ["1", "2"]]],
    ["a quoted cell with a line break inside", 'STT\t"Tỷ lệ\n(%)"\r\n1\t96,3 %\r\n', "\t", [["STT", "Tỷ lệ\n(%)"], ["1", "96,3 %"]]],
    ["a quoted cell with a CRLF inside", '"a\r\nb"\tc\r\n', "\t", [["a\r\nb", "c"]]],
    ["doubled quotes inside a quoted cell", 'a;"say ""hi"""', ";", [["a", 'say "hi"']]],
    ["a quoted cell holding the delimiter", '"96,3 %",95\r\n', ",", [["96,3 %", "95"]]],
    ["a quote inside an unquoted cell is text", 'a 5" b\tc', "\t", [['a 5" b', "c"]]],
    ["empty cells left by merged headers", "Nội dung\tNăm trước\tNăm báo cáo\t\t\t\r\n", "\t", [["Nội dung", "Năm trước", "Năm báo cáo", "", "", ""]]],
    ["a byte-order mark", "\uFEFFa;b\n", ";", [["a", "b"]]],
    ["an empty quoted cell", '"";x', ";", [["", "x"]]],
    ["an empty last cell", "a\t\r\n", "\t", [["a", ""]]],
  ])("reads %s", (_, text, delimiter, expected) => {
    expect(readDelimited(text, delimiter)).toEqual(expected);
  });
});

describe("detectDelimiter", () => {
  it.each<[string, string, Delimiter]>([
    ["a tab anywhere (what spreadsheets copy)", "STT\tTên\n1\tCông Thương, Sở", "\t"],
    ["semicolons of Vietnamese CSV with decimal commas", "STT;Tỷ lệ\n1;96,3\n2;3,7", ";"],
    ["commas of en-US CSV, decimal commas quoted", 'STT,Tỷ lệ\n1,"96,3"', ","],
    ["semicolons over a header full of commas", "Tên thủ tục hành chính, dịch vụ công;Tỷ lệ\nCông Thương;96,3\nĐiện;3,7", ";"],
    ["a tab inside a quoted cell is not the separator", '"a\tb";c\n1;2', ";"],
  ])("chooses %s", (_, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("readClipboard", () => {
  it.each<[string, string, Clipboard]>([
    ["nothing", " \r\n\t\r\n", { kind: "empty" }],
    ["JSON", '{"II.1.vbqpplDraftsRegistered": 7}', { kind: "json", value: { "II.1.vbqpplDraftsRegistered": 7 } }],
    ["JSON after a BOM", '\uFEFF[{"c2": "SCT"}]', { kind: "json", value: [{ c2: "SCT" }] }],
    ["a bracket that is not JSON", "[a]\tb", { kind: "grid", delimiter: "\t", grid: [["[a]", "b"]] }],
    ["JSON with a syntax error, where it breaks", "{\"a\": 7,}", { kind: "badJson", at: 9 }],
    ["TSV with blank lines after it", "a\tb\r\n\t\r\n\r\n", { kind: "grid", delimiter: "\t", grid: [["a", "b"]] }],
    ["decomposed Vietnamese made NFC", "Co\u0302ng\tx", { kind: "grid", delimiter: "\t", grid: [["Công", "x"]] }],
  ])("reads %s", (_, text, expected) => {
    expect(readClipboard(text)).toEqual(expected);
  });
});
