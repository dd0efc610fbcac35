import { columnWidths } from "./columnWidths";
import { fitColumnWidths } from "./fitColumnWidths";
import { longestWordWidth, wordWidth } from "./textWidth";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("columnWidths", () => {
  it.each([
    [[5, 45, 50], 9355, [468, 4210, 4677]],
    [[1, 1, 1], 100, [34, 33, 33]],
    [[0, 0], 10, [5, 5]],
    [[], 10, []],
  ])("splits %j of %i as %j", (weights, total, expected) => {
    expect(columnWidths(weights, total)).toEqual(expected);
  });

  it("always adds up to the total", () => {
    for (const weights of [[5, 10, 7, 7, 7, 7, 7, 7, 10, 8, 8, 8, 9], [3, 3, 3], [60, 20, 20]]) {
      expect(sum(columnWidths(weights, 9355))).toBe(9355);
    }
  });
});

describe("fitColumnWidths", () => {
  it("widens a narrow column from the ones with room to spare", () => {
    expect(fitColumnWidths([468, 900, 900], [620, 400, 400])).toEqual([620, 824, 824]);
  });

  it("shares what room there is when not all can fit, keeping the total", () => {
    const out = fitColumnWidths([400, 400, 400], [600, 350, 350]);
    expect(sum(out)).toBe(1200);
    expect(out[0]).toBe(500);
  });

  it("changes nothing when everything fits or nothing can be spared", () => {
    expect(fitColumnWidths([500, 500], [100, 100])).toEqual([500, 500]);
    expect(fitColumnWidths([300, 300], [400, 400])).toEqual([300, 300]);
  });
});

describe("textWidth", () => {
  it("measures bold capitals wider than plain lowercase, and grows with the size", () => {
    expect(wordWidth("STT", 12, true)).toBeGreaterThan(wordWidth("stt", 12, false));
    expect(wordWidth("Nhận", 13, false)).toBeGreaterThan(wordWidth("Nhận", 12, false));
    expect(longestWordWidth("Tổng số CCVC", 12, true)).toBe(wordWidth("CCVC", 12, true));
    expect(longestWordWidth("", 12, true)).toBe(0);
  });
});
