import { themeFromOffice } from "../../src/word/host/officeTheme";

describe("themeFromOffice", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#f3f3f3", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#0F6CBD", "dark"],
    ["transparent", "light"],
  ])("reads a body background of %s as %s", (bodyBackgroundColor, expected) => {
    expect(themeFromOffice({ context: { officeTheme: { bodyBackgroundColor } } })).toBe(expected);
  });

  it("is light outside Office, or when Office has no theme to tell", () => {
    expect(themeFromOffice(undefined)).toBe("light");
    expect(themeFromOffice({ context: { officeTheme: null } })).toBe("light");
    const throwing = {
      get context(): never {
        throw new Error("not supported");
      },
    };
    expect(themeFromOffice(throwing)).toBe("light");
  });
});
