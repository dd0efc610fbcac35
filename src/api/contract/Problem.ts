import { z } from "zod/mini";
import { ProblemIssueSchema } from "./ProblemIssue";

/** RFC 9457 problem details, as every error of the service is answered (`application/problem+json`). */
export const ProblemSchema = z.strictObject({
  type: z.string(),
  title: z.string().check(z.meta({ description: "Tiêu đề bằng tiếng Việt / title in Vietnamese" })),
  status: z.int(),
  detail: z.optional(z.string()),
  issues: z.optional(z.array(ProblemIssueSchema)),
});

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
