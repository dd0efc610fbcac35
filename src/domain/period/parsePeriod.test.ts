import { parsePeriod } from "./parsePeriod";

describe("parsePeriod", () => {
  it.each([
    ["2021-Q1", { value: { year: 2021, kind: "Q1" } }],
    ["2021-H1", { value: { year: 2021, kind: "H1" } }],
    ["2021-M9", { value: { year: 2021, kind: "M9" } }],
    ["2021-Y", { value: { year: 2021, kind: "Y" } }],
    ["  2022-q1 ", { value: { year: 2022, kind: "Q1" } }],
    ["", { issue: "period.empty" }],
    ["   ", { issue: "period.empty" }],
    ["2021-Q2", { issue: "period.unsupported" }],
    ["2021-H2", { issue: "period.unsupported" }],
    ["2021-Q5", { issue: "period.invalid" }],
    ["Q1/2021", { issue: "period.invalid" }],
    ["21-Q1", { issue: "period.invalid" }],
    ["0999-Q1", { issue: "period.invalid" }],
    ["2021Q1", { issue: "period.invalid" }],
  ])("reads %j as %j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});
