/** Whether the text carried a "%" sign. */
export type ViNumberUnit = "none" | "percent";

/** Why a text could not be read as a number. */
export type ViNumberIssueCode = "number.empty" | "number.invalid" | "number.ambiguous";

/**
 * A number read from text, or why none could be: `number.ambiguous` comes with both readings, the vi-VN one
 * first, so that a message can name them.
 */
export type ViNumberParse =
  | { readonly value: number; readonly unit: ViNumberUnit }
  | { readonly issue: "number.empty" | "number.invalid" }
  | {
      readonly issue: "number.ambiguous";
      readonly unit: ViNumberUnit;
      readonly readings: readonly [number, number];
    };

export type ParseViNumberOptions = {
  /**
   * Report `number.ambiguous` when the text reads two ways: one separator followed by exactly three digits
   * ("1.234" is 1234 in vi-VN, 1.234 in en-US; "1,234" the other way round). Without it, the vi-VN reading wins.
   */
  readonly strict?: boolean;
};

type Reading = { readonly whole: string; readonly fraction: string };

// After white space is made plain spaces: digit runs joined by single ".", "," or " ".
const BODY = /^\d+(?:[., ]\d+)*$/;

/** Digit runs that read as thousands groups: 1–3 digits without a leading zero, then runs of exactly 3. */
const joinGroups = (runs: readonly string[]): string | undefined => {
  const [head = "", ...rest] = runs;
  const valid = /^[1-9]\d{0,2}$/.test(head) && rest.every((run) => /^\d{3}$/.test(run));
  return valid ? runs.join("") : undefined;
};

/** The readings of a body, most likely first (vi-VN), none when it breaks the rules of both notations. */
const readBody = (body: string): readonly Reading[] => {
  const runs = body.split(/[., ]/);
  const separators = body.replace(/\d/g, "").split("");
  const last = separators.at(-1);
  if (last === undefined) return [{ whole: body, fraction: "" }];
  const before = separators.slice(0, -1);

  // A space, or a separator used twice, can only group thousands, and then every separator must be the same.
  if (last === " " || before.includes(last)) {
    const whole = separators.every((s) => s === last) ? joinGroups(runs) : undefined;
    return whole === undefined ? [] : [{ whole, fraction: "" }];
  }
  const fraction = runs.at(-1) ?? "";
  // The last separator occurs once and others precede it: it is the decimal mark, they group thousands.
  if (before.length > 0) {
    const whole = before.every((s) => s === before[0]) ? joinGroups(runs.slice(0, -1)) : undefined;
    return whole === undefined ? [] : [{ whole, fraction }];
  }
  // A single "." or ",": a decimal mark, or a thousands separator when three digits follow.
  const decimal: Reading = { whole: runs[0] ?? "", fraction };
  const grouped = joinGroups(runs);
  if (grouped === undefined) return [decimal];
  const thousands: Reading = { whole: grouped, fraction: "" };
  return last === "." ? [thousands, decimal] : [decimal, thousands];
};

const toNumber = (reading: Reading, negative: boolean): number => {
  const value = Number(`${reading.whole}.${reading.fraction || "0"}`);
  return negative && value !== 0 ? -value : value;
};

/**
 * Reads a number as people write it in Vietnamese reports and as spreadsheets put it on the clipboard:
 * "2.555", "1.053", "96,3", "12.345.678", "1 234 567" (space, no-break space or thin space between groups),
 * "96,3 %" and "96,3%" (unit "percent"), a leading "+", "-" or "−", and en-US "1,234.5". White space around is
 * ignored. A single separator followed by exactly three digits is read the vi-VN way ("1.234" → 1234,
 * "1,234" → 1.234), or reported as ambiguous with `strict`. A dot that cannot group thousands is a decimal
 * point ("1.5" → 1.5, as in the seed's "1.5%/năm").
 *
 * @example
 * parseViNumber("2.555")                      // { value: 2555, unit: "none" }
 * parseViNumber("96,3 %")                     // { value: 96.3, unit: "percent" }
 * parseViNumber("1.234", { strict: true })    // { issue: "number.ambiguous", unit: "none", readings: [1234, 1.234] }
 * parseViNumber("12,3,4")                     // { issue: "number.invalid" }
 */
export const parseViNumber = (text: string, options: ParseViNumberOptions = {}): ViNumberParse => {
  let rest = text.replace(/\s/g, " ").trim();
  if (rest === "") return { issue: "number.empty" };
  let unit: ViNumberUnit = "none";
  if (rest.endsWith("%")) {
    unit = "percent";
    rest = rest.slice(0, -1).trimEnd();
  }
  const sign = rest.charAt(0);
  const signed = sign === "+" || sign === "-" || sign === "\u2212";
  const negative = signed && sign !== "+";
  const body = signed ? rest.slice(1) : rest;
  if (!BODY.test(body)) return { issue: "number.invalid" };

  const [first, second] = readBody(body);
  if (first === undefined) return { issue: "number.invalid" };
  if (second !== undefined && options.strict === true) {
    return {
      issue: "number.ambiguous",
      unit,
      readings: [toNumber(first, negative), toNumber(second, negative)],
    };
  }
  return { value: toNumber(first, negative), unit };
};
