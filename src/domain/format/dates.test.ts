import type { CivilDate } from "../period/CivilDate";
import { formatDateNd30 } from "./formatDateNd30";
import { formatDatePadded } from "./formatDatePadded";
import { formatDateRange, type FormatDateRangeOptions } from "./formatDateRange";
import { formatLongDate } from "./formatLongDate";
import { parseIsoDate } from "./parseIsoDate";
import { parseViDate } from "./parseViDate";
import { toIsoDate } from "./toIsoDate";
import type { DateParse } from "./DateParse";

const d = (day: number, month: number, year: number): CivilDate => ({ year, month, day });

describe("formatDateNd30, formatDatePadded, formatLongDate, toIsoDate", () => {
  // Dates of the seed (template-spec §6), in the four forms.
  type Row = readonly [date: CivilDate, nd30: string, padded: string, long: string, iso: string];
  it.each<Row>([
    [d(7, 1, 2021), "07/01/2021", "07/01/2021", "ngày 07 tháng 01 năm 2021", "2021-01-07"],
    [d(16, 4, 2018), "16/4/2018", "16/04/2018", "ngày 16 tháng 4 năm 2018", "2018-04-16"],
    [d(4, 6, 2020), "04/6/2020", "04/06/2020", "ngày 04 tháng 6 năm 2020", "2020-06-04"],
    [d(29, 1, 2021), "29/01/2021", "29/01/2021", "ngày 29 tháng 01 năm 2021", "2021-01-29"],
    [d(1, 3, 2021), "01/3/2021", "01/03/2021", "ngày 01 tháng 3 năm 2021", "2021-03-01"],
    [d(2, 3, 2021), "02/3/2021", "02/03/2021", "ngày 02 tháng 3 năm 2021", "2021-03-02"],
    [d(1, 1, 2021), "01/01/2021", "01/01/2021", "ngày 01 tháng 01 năm 2021", "2021-01-01"],
    [d(24, 2, 2020), "24/02/2020", "24/02/2020", "ngày 24 tháng 02 năm 2020", "2020-02-24"],
    [d(15, 12, 2020), "15/12/2020", "15/12/2020", "ngày 15 tháng 12 năm 2020", "2020-12-15"],
    [d(1, 3, 2019), "01/3/2019", "01/03/2019", "ngày 01 tháng 3 năm 2019", "2019-03-01"],
    [d(5, 1, 2021), "05/01/2021", "05/01/2021", "ngày 05 tháng 01 năm 2021", "2021-01-05"],
    [d(15, 3, 2021), "15/3/2021", "15/03/2021", "ngày 15 tháng 3 năm 2021", "2021-03-15"],
    [d(31, 10, 2021), "31/10/2021", "31/10/2021", "ngày 31 tháng 10 năm 2021", "2021-10-31"],
  ])("%j → %j, %j, %j, %j", (...[date, ...expected]: Row) => {
    expect([formatDateNd30(date), formatDatePadded(date), formatLongDate(date), toIsoDate(date)]).toEqual(
      expected,
    );
  });

  it.each([d(29, 2, 2021), d(0, 1, 2021), d(1, 13, 2021)])("refuse %j, which is not a date", (date) => {
    for (const f of [formatDateNd30, formatDatePadded, formatLongDate, toIsoDate]) {
      expect(() => f(date)).toThrow(RangeError);
    }
  });
});

describe("parseViDate", () => {
  it.each<[string, DateParse]>([
    ["02/3/2021", { value: d(2, 3, 2021) }],
    ["02/03/2021", { value: d(2, 3, 2021) }],
    ["29/1/2021", { value: d(29, 1, 2021) }],
    ["29/01/2021", { value: d(29, 1, 2021) }],
    ["1/3/2019", { value: d(1, 3, 2019) }],
    ["16/4/2018", { value: d(16, 4, 2018) }],
    ["  07/01/2021 ", { value: d(7, 1, 2021) }],
    ["02-03-2021", { value: d(2, 3, 2021) }],
    ["02.03.2021", { value: d(2, 3, 2021) }],
    ["29/02/2024", { value: d(29, 2, 2024) }],
    ["ngày 05 tháng 01 năm 2021", { value: d(5, 1, 2021) }],
    ["Ngày 15 tháng 3 năm 2021", { value: d(15, 3, 2021) }],
    ["ngày 15 tháng 3 năm 2021".normalize("NFD"), { value: d(15, 3, 2021) }],
    ["15 tháng 3 năm 2021", { value: d(15, 3, 2021) }],
    ["", { issue: "date.empty" }],
    [" ", { issue: "date.empty" }],
    ["31/4/2021", { issue: "date.nonexistent" }],
    ["29/02/2021", { issue: "date.nonexistent" }],
    ["00/01/2021", { issue: "date.nonexistent" }],
    ["01/13/2021", { issue: "date.nonexistent" }],
    ["02/03/21", { issue: "date.invalid" }],
    ["02/03-2021", { issue: "date.invalid" }],
    ["2021-03-02", { issue: "date.invalid" }],
    ["002/03/2021", { issue: "date.invalid" }],
    ["ngày   tháng   năm", { issue: "date.invalid" }],
    ["Quý I/2021", { issue: "date.invalid" }],
  ])("%j → %j", (text, expected) => {
    expect(parseViDate(text)).toEqual(expected);
  });
});

describe("parseIsoDate", () => {
  it.each<[string, DateParse]>([
    ["2021-03-02", { value: d(2, 3, 2021) }],
    [" 2020-12-15 ", { value: d(15, 12, 2020) }],
    ["2024-02-29", { value: d(29, 2, 2024) }],
    ["2021-02-29", { issue: "date.nonexistent" }],
    ["2021-13-01", { issue: "date.nonexistent" }],
    ["2021-3-2", { issue: "date.invalid" }],
    ["2021-03-02T00:00:00Z", { issue: "date.invalid" }],
    ["02/03/2021", { issue: "date.invalid" }],
    ["", { issue: "date.empty" }],
  ])("%j → %j", (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it.each([d(2, 3, 2021), d(31, 12, 1999), d(29, 2, 2024)])(
    "reads back what toIsoDate writes: %j",
    (date) => {
      expect(parseIsoDate(toIsoDate(date))).toEqual({ value: date });
    },
  );
});

describe("formatDateRange", () => {
  it.each<[CivilDate, CivilDate, FormatDateRangeOptions, string]>([
    // the seed: "(số liệu tính từ 01/01/2021 đến ngày 01/03/2021)"
    [d(1, 1, 2021), d(1, 3, 2021), {}, "từ 01/01/2021 đến ngày 01/03/2021"],
    [d(1, 1, 2021), d(1, 3, 2021), { dates: "padded" }, "từ 01/01/2021 đến ngày 01/03/2021"],
    [d(15, 12, 2020), d(14, 3, 2021), {}, "từ 15/12/2020 đến ngày 14/03/2021"],
    [d(15, 12, 2020), d(14, 3, 2021), { dates: "nd30" }, "từ 15/12/2020 đến ngày 14/3/2021"],
    [d(1, 1, 2022), d(1, 3, 2022), {}, "từ 01/01/2022 đến ngày 01/03/2022"],
  ])("%j to %j with %j → %j", (from, to, options, expected) => {
    expect(formatDateRange(from, to, options)).toBe(expected);
  });
});
