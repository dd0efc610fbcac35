/**
 * Which numbered section each paragraph belongs to, read from the paragraphs' own printed numbers
 * ("II.", "2.2.1.", "a)", "- Thứ nhất:") the way a reader finds their place. It works on any report of this
 * outline, including one the add-in did not make.
 *
 * @example outlineOf(["II. KẾT QUẢ…", "2.2.2. Công tác…", "c) Nguyên nhân…", "Trong Quí I/2020 …"])
 * // → ["II", "II.2.2.2", "II.2.2.2.c", "II.2.2.2.c"]
 */
export function outlineOf(paragraphs: readonly string[]): readonly (string | undefined)[] {
  let part: string | undefined;
  let numbered: string | undefined;
  let current: string | undefined;
  return paragraphs.map((raw) => {
    const text = raw.normalize("NFC").trimStart();
    const roman = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+\S/.exec(text);
    const decimal = /^(\d+(?:\.\d+)+)\.\s/.exec(text);
    const arabic = /^(\d+)\.\s+\S/.exec(text);
    const letter = /^([a-zđ])\)\s/.exec(text);
    const ordinal = /^-\s*Thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[:,]/i.exec(text);
    if (roman) {
      part = roman[1];
      numbered = part;
      current = part;
    } else if (decimal && part) {
      numbered = `${part}.${decimal[1]}`;
      current = numbered;
    } else if (arabic && part) {
      numbered = `${part}.${arabic[1]}`;
      current = numbered;
    } else if (letter && numbered) {
      current = `${numbered}.${letter[1]}`;
    } else if (ordinal && numbered) {
      current = `${numbered}.t${ORDINALS.indexOf((ordinal[1] ?? "").toLowerCase()) + 1}`;
    }
    return current;
  });
}

const ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];
