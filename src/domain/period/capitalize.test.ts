import { capitalize } from "./capitalize";

describe("capitalize", () => {
  it.each([
    ["năm 2021", "Năm 2021"],
    ["đầu năm", "Đầu năm"],
    ["ý kiến", "Ý kiến"],
    ["ý kiến".normalize("NFD"), "Ý kiến".normalize("NFD")],
    ["6 tháng đầu năm 2021", "6 tháng đầu năm 2021"],
    ["Quý I năm 2021", "Quý I năm 2021"],
    ["", ""],
  ])("turns %j into %j", (text, expected) => {
    expect(capitalize(text)).toBe(expected);
  });
});
