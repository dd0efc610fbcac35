import { cchcQuarterlySct } from "../template/cchcQuarterlySct";
import { readCorrection } from "./readCorrection";

describe("readCorrection", () => {
  it("reads a count typed with invisible characters as the count the document will show", () => {
    expect(readCorrection(cchcQuarterlySct, "bc:fig:T2.r1.c6", "\u200B1\u202E10\u0007 ")).toEqual({ text: "110" });
  });

  it("gives a text figure in NFC, without control, bidirectional or lone surrogate characters", () => {
    const typed = "2021\u202E\u2013\u202C2025\uD800 Quy\u0301 I";
    expect(readCorrection(cchcQuarterlySct, "bc:fig:II.1.programRange", typed)).toEqual({ text: "2021–2025 Quý I" });
  });

  it("still refuses what is not the figure's type, with the figure as the place", () => {
    const read = readCorrection(cchcQuarterlySct, "bc:fig:T2.r1.c6", "mười");
    expect(read).toMatchObject({ issue: { path: ["doc", "bc:fig:T2.r1.c6"] } });
  });
});
