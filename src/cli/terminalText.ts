import type { CliIo } from "./io";

// Control characters other than tab and line feed (C0, DEL, C1: ESC starts a terminal command, CSI is U+009B),
// the bidirectional controls and marks (an override reorders what follows on the line) and lone surrogates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for a terminal: every character that would act on the terminal or reorder the line instead of being
 * shown is written as its escape `\uXXXX` — visible, and still valid inside a JSON string, so `--json` output
 * stays JSON. A document or a paste can carry such characters; what baocao prints never executes them.
 *
 * @example terminalText("a\u001b[2Jb") // → "a\\u001b[2Jb"
 */
export const terminalText = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The same streams, every text made safe for a terminal on its way out. */
export const terminalSafe = (io: CliIo): CliIo => ({
  ...io,
  stdout: (text) => io.stdout(terminalText(text)),
  stderr: (text) => io.stderr(terminalText(text)),
});
