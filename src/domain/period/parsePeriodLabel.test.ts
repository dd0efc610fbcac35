import { parsePeriodLabel } from "./parsePeriodLabel";

const q1 = { value: { year: 2021, kind: "Q1" } };
const h1 = { value: { year: 2021, kind: "H1" } };
const m9 = { value: { year: 2021, kind: "M9" } };
const y = { value: { year: 2021, kind: "Y" } };

describe("parsePeriodLabel", () => {
  it.each([
    // every spelling in the seed (template-spec §5.1, §6)
    ["Quý I năm 2021", q1],
    ["Quí I năm 2021", q1],
    ["Quý I/2021", q1],
    ["Quí I/2021", q1],
    ["Quí I - 2021", q1],
    ["Qúy I/2021", q1],
    ["Qúy I - 2021", q1],
    ["Quý I năm 2020", { value: { year: 2020, kind: "Q1" } }],
    ["6 tháng đầu năm 2021", h1],
    ["06 tháng đầu năm 2021", h1],
    ["9 tháng đầu năm 2021", m9],
    ["09 tháng đầu năm 2021", m9],
    ["năm 2021", y],
    ["Năm 2021", y],
    // case, Unicode form and white space
    ["QUÝ I NĂM 2021", q1],
    ["Quý I năm 2021".normalize("NFD"), q1],
    ["Qúy I - 2021".normalize("NFD"), q1],
    ["06 tháng đầu năm 2021".normalize("NFD"), h1],
    ["  Quí\u00a0I   /  2021 ", q1],
    ["Quý I – 2021", q1],
    ["Quý I 2021", q1],
    ["Quy I/2021", q1],
    ["Quý 1/2021", q1],
    ["6 tháng năm 2021", h1],
    ["sáu tháng đầu năm 2021", h1],
    ["cả năm 2021", y],
    // real periods this report does not have
    ["Quý II/2021", { issue: "period.unsupported" }],
    ["Quý III năm 2021", { issue: "period.unsupported" }],
    ["Quý IV - 2021", { issue: "period.unsupported" }],
    ["6 tháng cuối năm 2021", { issue: "period.unsupported" }],
    // not periods
    ["", { issue: "period.empty" }],
    ["Quý I", { issue: "period.invalid" }],
    ["6 tháng đầu năm", { issue: "period.invalid" }],
    ["Trong Quý I/2021", { issue: "period.invalid" }],
    ["Quý V/2021", { issue: "period.invalid" }],
    ["năm 21", { issue: "period.invalid" }],
    ["2021-Q1", { issue: "period.invalid" }],
  ])("reads %j as %j", (text, expected) => {
    expect(parsePeriodLabel(text)).toEqual(expected);
  });
});
