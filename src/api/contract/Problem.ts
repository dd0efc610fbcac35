import { z } from "zod";
import { ProblemIssueSchema } from "./ProblemIssue";

/** RFC 9457 problem details, as every error of the service is answered (`application/problem+json`). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string().meta({ description: "Tiêu đề bằng tiếng Việt / title in Vietnamese" }),
    status: z.number().int(),
    detail: z.string().optional(),
    issues: z.array(ProblemIssueSchema).optional(),
  })
  .strict();

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
