import { z } from "zod/mini";

/**
 * An issue as it travels in a problem+json answer: the domain's Issue (code, path, params), and the
 * service's own request issues (`request.*`), which have the same shape. Clients branch on `code`, never on `message`.
 */
export const ProblemIssueSchema = z.strictObject({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  severity: z.optional(z.enum(["error", "warning", "info"])),
  /** The issue in Vietnamese words, for readers without the template (curl, another system); clients with it word it themselves. */
  message: z.optional(z.string()),
});

export type ProblemIssue = z.infer<typeof ProblemIssueSchema>;
