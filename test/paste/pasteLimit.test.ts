import { PASTE_LIMIT_BYTES, pasteTooLarge } from "../../src/domain/paste/pasteLimit";

describe("pasteTooLarge counts UTF-8 bytes, as the command line reads standard input", () => {
  test.each([
    ["1 MB of ASCII", "a".repeat(PASTE_LIMIT_BYTES), false],
    ["one byte more", "a".repeat(PASTE_LIMIT_BYTES + 1), true],
    ["400,000 Vietnamese letters (1.2 MB, fewer characters than the limit)", "ệ".repeat(400_000), true],
    ["349,525 of them (1,048,575 bytes)", "ệ".repeat(349_525), false],
    ["emoji: 4 bytes each", "😀".repeat(262_144), false],
    ["one emoji more", "😀".repeat(262_145), true],
  ])("%s", (_name, text, over) => {
    expect(pasteTooLarge(text)).toBe(over);
    expect(Buffer.byteLength(text) > PASTE_LIMIT_BYTES).toBe(over);
  });
});
