import type { FastifySchemaCompiler } from "fastify";
import { z } from "zod";
import type { ProblemIssue } from "../../api/contract";
import { RequestValidationError } from "../problem/RequestValidationError";

/** A zod issue as a problem issue: `request.<zod code>`, the path inside the part, and what was expected. */
function toProblemIssue(part: string, issue: z.core.$ZodIssue): ProblemIssue {
  const params: Record<string, string> = {};
  if ("format" in issue && typeof issue.format === "string") params.format = issue.format;
  if ("pattern" in issue && typeof issue.pattern === "string") params.pattern = issue.pattern;
  if ("expected" in issue && typeof issue.expected === "string") params.expected = issue.expected;
  if ("values" in issue && Array.isArray(issue.values)) params.options = issue.values.map(String).join(", ");
  if ("keys" in issue && Array.isArray(issue.keys)) params.keys = issue.keys.join(", ");
  return {
    code: `request.${issue.code}`,
    path: [part, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

/**
 * Lets route schemas be zod schemas: the same objects validate the request and describe it in the
 * OpenAPI document, so the two cannot drift apart. A failure carries every issue, never the input.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.core.$ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = z.safeParse(schema, data);
    if (result.success) return { value: result.data };
    const part = httpPart ?? "request";
    return { error: new RequestValidationError(part, result.error.issues.map((i) => toProblemIssue(part, i))) };
  };
