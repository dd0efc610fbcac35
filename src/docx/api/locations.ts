/**
 * Which insert and range locations each object accepts (from the API reference of each method). A location
 * outside the list fails the command with InvalidArgument, as in Word. Values are matched case-insensitively,
 * because `Word.InsertLocation.end` is the string "End" and some code passes "end".
 */
import { DocxError } from "./DocxError";
import type { InsertLocation, RangeLocation } from "../model/RangeTarget";

const CANONICAL: Readonly<Record<string, InsertLocation | RangeLocation>> = {
  replace: "Replace",
  start: "Start",
  end: "End",
  before: "Before",
  after: "After",
  whole: "Whole",
  content: "Content",
};

export function checkLocation<L extends string>(value: unknown, allowed: readonly L[], where: string): L {
  const canonical = typeof value === "string" ? CANONICAL[value.toLowerCase()] : undefined;
  if (canonical === undefined || !(allowed as readonly string[]).includes(canonical)) {
    throw new DocxError(
      "InvalidArgument",
      `${where} does not accept the location '${String(value)}' (allowed: ${allowed.join(", ")}).`,
    );
  }
  return canonical as L;
}
