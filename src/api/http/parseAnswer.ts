import { z } from "zod/mini";
import { InvalidAnswerError } from "../errors/InvalidAnswerError";
import type { Lang } from "../errors/Lang";

/**
 * A success answer's body, read as JSON and checked against the contract: anything else is an
 * InvalidAnswerError naming the first place that is wrong, so that bad data never reaches a document.
 */
export function parseAnswer<S extends z.core.$ZodType>(text: string, schema: S, lang: Lang): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidAnswerError({ lang, cause: error, detail: "JSON" });
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InvalidAnswerError({ lang, cause: parsed.error, detail: first ? `${first.path.join(".") || "/"}: ${first.code}` : "" });
  }
  return parsed.data;
}
