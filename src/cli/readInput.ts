import { readFile } from "node:fs/promises";
import { ExitCode, UserError } from "./io";

/** Reads a file the user named; a missing or unreadable file is a user error that names it. */
export async function readUserFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "không tồn tại" : code === "EISDIR" ? "là một thư mục" : "không đọc được";
    throw new UserError(`Tệp “${path}” ${why}.`, ExitCode.invalidInput);
  }
}

/** Reads a JSON file; malformed JSON is reported with its position, as invalid input. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = (await readUserFile(path)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(`Tệp “${path}” không phải JSON hợp lệ: ${detail}`, ExitCode.invalidInput);
  }
}

/** Everything on standard input, as text. */
export async function readStdin(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
