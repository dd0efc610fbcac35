import { formatIssue } from "../domain/issues/formatIssue";
import type { Issue } from "../domain/issues/Issue";
import type { Template } from "../domain/template/types";

/** What a command may touch besides files: its output streams and standard input. Tests pass their own. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin?: NodeJS.ReadableStream;
};

/**
 * Exit codes of every command: 0 done, 1 invalid input, 2 a document problem, 3 an unexpected error (a fault of
 * baocao), 4 a fault of the machine or of what the operator named (a file that cannot be written, a full disk,
 * a database that cannot be opened, a port in use, a refused database login), 64 a usage error.
 */
export const ExitCode = { ok: 0, invalidInput: 1, documentProblem: 2, unexpected: 3, operatorFault: 4, usage: 64 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A message in both languages of the command line; `--lang en` chooses English. */
export type Words = { readonly vi: string; readonly en: string };

/** One text for both languages: an operator's message that already says itself in both ("… / …"). */
export const both = (text: string): Words => ({ vi: text, en: text });

/** An issue's message in both languages, places named as the printed report names them. */
export const issueWords = (found: Issue, template?: Template): Words => ({
  vi: formatIssue(found, template, "vi"),
  en: formatIssue(found, template, "en"),
});

/**
 * A mistake of the person at the keyboard: printed as a message in the command's language (`--lang`), never
 * as a stack trace. `message` is the Vietnamese one.
 */
export class UserError extends Error {
  constructor(
    readonly words: Words,
    readonly exitCode: ExitCode = ExitCode.usage,
  ) {
    super(words.vi);
    this.name = "UserError";
  }
}
