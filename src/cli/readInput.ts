import { readFile } from "node:fs/promises";
import { issue } from "../domain/issues/Issue";
import { PASTE_LIMIT_BYTES } from "../domain/paste/pasteLimit";
import { ExitCode, issueWords, UserError } from "./io";

/** Reads a file the user named; a missing or unreadable file is a user error that names it. */
export async function readUserFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? { vi: "không tồn tại", en: "does not exist" }
        : code === "EISDIR"
          ? { vi: "là một thư mục", en: "is a folder" }
          : { vi: "không đọc được", en: "cannot be read" };
    throw new UserError({ vi: `Tệp “${path}” ${why.vi}.`, en: `The file “${path}” ${why.en}.` }, ExitCode.invalidInput);
  }
}

/** Reads a JSON file; malformed JSON is reported with its position, as invalid input. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = (await readUserFile(path)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError({ vi: `Tệp “${path}” không phải JSON hợp lệ: ${detail}`, en: `The file “${path}” is not valid JSON: ${detail}` }, ExitCode.invalidInput);
  }
}

/** Everything on standard input, as text. */
export async function readStdin(
  stream: NodeJS.ReadableStream | undefined,
  limit: number = PASTE_LIMIT_BYTES,
): Promise<string> {
  if (!stream) return "";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    // Stopped as soon as it is too large: a 50 MB paste is never held whole (nor turned into a million rows).
    if (size > limit)
      throw new UserError(
        issueWords(issue("paste.tooMuch", ["paste"], { limit: Math.round(limit / 1024) })),
        ExitCode.invalidInput,
      );
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export { PASTE_LIMIT_BYTES };
