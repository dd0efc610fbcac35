import { controlIds } from "./controlIds";
import { blockControl, inlineControl } from "./contentControl";
import { runXml } from "./runXml";
import { attr, escapeXml, mmToTwips } from "./xml";

describe("escapeXml", () => {
  it.each([
    ["<w:p>&", "&lt;w:p&gt;&amp;"],
    [`"quoted" 'single'`, "&quot;quoted&quot; &apos;single&apos;"],
    ["Quí I/2021 — 99,36%", "Quí I/2021 — 99,36%"],
    ["a\u0000b\u0007c\u001Fd", "abcd"],
    ["tab\tand\nnewline", "tab\tand\nnewline"],
    ["lone \uD800 surrogate", "lone  surrogate"],
    ["emoji 😀 kept", "emoji 😀 kept"],
  ])("escapes %j as %j", (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  it("escapes attribute values", () => {
    expect(attr("w:val", `a"b<c`)).toBe(' w:val="a&quot;b&lt;c"');
  });
});

describe("runs and controls", () => {
  it("writes a run with its formatting, line breaks and tabs", () => {
    expect(runXml("a\nb\tc", { bold: true, size: 13 })).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b</w:t><w:tab/><w:t xml:space="preserve">c</w:t></w:r>',
    );
    expect(runXml("")).toBe("<w:r></w:r>");
  });

  it("writes an inline rich-text control: title, tag, a fresh id, the lock, the content's formatting", () => {
    const ids = controlIds(7);
    expect(inlineControl({ tag: "bc:fig:T2.r1.c5", title: "Tỷ lệ <%>", locked: true }, "96,3 %", { ids, style: { bold: true } })).toBe(
      '<w:sdt><w:sdtPr><w:rPr><w:b/><w:bCs/></w:rPr><w:alias w:val="Tỷ lệ &lt;%&gt;"/><w:tag w:val="bc:fig:T2.r1.c5"/><w:id w:val="7"/>' +
        '<w:lock w:val="contentLocked"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">96,3 %</w:t></w:r></w:sdtContent></w:sdt>',
    );
    expect(blockControl({ tag: "bc:sec:I", title: "I." }, "<w:p/>", ids)).toContain('<w:id w:val="8"/>');
  });

  it("cuts a very long title", () => {
    const title = "x".repeat(300);
    const xml = blockControl({ tag: "bc:sec:I", title }, "<w:p/>", controlIds());
    expect(/w:alias w:val="(x+)…"/.exec(xml)?.[1]?.length).toBe(119);
  });

  it("converts millimetres to twips", () => {
    expect([20, 30, 15].map(mmToTwips)).toEqual([1134, 1701, 850]);
  });
});
