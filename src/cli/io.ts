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

/** A mistake of the person at the keyboard: printed as a message, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
  ) {
    super(message);
    this.name = "UserError";
  }
}
