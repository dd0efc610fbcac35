import { namespaceOfXml } from "../docx/model/CustomXmlStore";
import { issue } from "../domain/issues/Issue";
import { METADATA_NAMESPACE } from "../domain/metadata";
import { PackageTooLarge, readZipParts } from "../docx/package/unpackLimits";
import { openDocx, PROFILE_NAMES, profileNamed, type DocxHost, type HostProfileName } from "../docx";
import { parseFigures } from "../domain/figures/parseFigures";
import type { Figures } from "../domain/figures/schema";
import { formatIssue } from "../domain/issues/formatIssue";
import type { Issue } from "../domain/issues/Issue";
import type { Template } from "../domain/template/types";
import { capabilitiesOf, WordSession } from "../word";
import { both, ExitCode, issueWords, UserError, type CliIo, type Words } from "./io";
import { readJsonFile, readUserFile } from "./readInput";
import { sameFile, writeFileAtomic } from "./writeOutput";

/** A .docx opened on the headless Word, with the session the operations run through. */
export type OpenedDocument = { readonly host: DocxHost; readonly session: WordSession };

/**
 * `--api` names the Word the command plays (src/docx/README.md): `m365` (the default: Microsoft 365 on Windows),
 * `office2021` (WordApi 1.3, `1.3` is the same), `1.4`, `web`. The operations see only what that Word offers.
 */
export function profileFor(api: string | undefined): HostProfileName {
  const profile = api === undefined ? profileNamed("m365") : profileNamed(api);
  if (!profile)
    throw new UserError({
      vi: `--api nhận ${PROFILE_NAMES.join(", ")} (hoặc 1.3), không phải “${api}”.`,
      en: `--api takes ${PROFILE_NAMES.join(", ")} (or 1.3), not “${api}”.`,
    });
  return profile.name;
}

/** The session over a host: its capabilities are the host's answers to isSetSupported. */
export function sessionFor(host: DocxHost): WordSession {
  return new WordSession((batch) => host.run(batch), capabilitiesOf((name, version) => host.isSetSupported(name, version)));
}

export async function openDocument(path: string, api: string | undefined): Promise<OpenedDocument> {
  const profile = profileFor(api);
  const bytes = await readUserFile(path);
  let host: DocxHost;
  try {
    host = await openDocx(new Uint8Array(bytes), { profile });
  } catch (error) {
    if (error instanceof PackageTooLarge) throw new UserError(both(`${path}: ${error.message}`), ExitCode.documentProblem);
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(
      { vi: `Tệp “${path}” không phải văn bản Word (.docx) đọc được: ${detail}`, en: `The file “${path}” is not a readable Word document (.docx): ${detail}` },
      ExitCode.documentProblem,
    );
  }
  await refuseDamagedMetadataPart(path, bytes);
  return { host, session: sessionFor(host) };
}

/**
 * A custom XML part carrying baocao's namespace that is not well-formed XML: Word cannot read it (it offers to
 * repair the file, dropping the part), so neither does the headless Word, which then finds no part of that
 * namespace. The command line names the damaged part instead of taking the report for one without metadata.
 */
async function refuseDamagedMetadataPart(path: string, bytes: Uint8Array): Promise<void> {
  const items = await readZipParts(bytes, { only: (name) => /^customXml\/item\d+\.xml$/.test(name) });
  for (const [name, data] of items) {
    const xml = new TextDecoder().decode(data);
    if (!xml.includes(METADATA_NAMESPACE) || namespaceOfXml(xml) !== "") continue;
    const damage = issue("doc.metadataDamaged", ["doc"], { part: "customXml", reason: "notWellFormed" });
    const words = issueWords(damage);
    throw new UserError({ vi: `${words.vi} (${path}: ${name})`, en: `${words.en} (${path}: ${name})` }, ExitCode.documentProblem);
  }
}

export async function blankDocument(api: string | undefined): Promise<OpenedDocument> {
  const host = await openDocx(undefined, { profile: profileFor(api) });
  return { host, session: sessionFor(host) };
}

/**
 * Saves the document whole or not at all (temporary file, fsync, rename): a full disk or a failed write leaves
 * the file that was there byte for byte, and no partial output.
 */
export async function saveDocument(host: DocxHost, path: string): Promise<void> {
  await saveFile(path, await host.save());
}

/** Any output file (a workbook, a figures file) written the same way: whole or not at all. */
export async function saveFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why: Words =
      code === "ENOSPC" || code === "EDQUOT"
        ? { vi: "ổ đĩa đã đầy", en: "the disk is full" }
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? { vi: "không có quyền ghi", en: "no permission to write" }
          : code === "ENOENT"
            ? { vi: "thư mục không tồn tại", en: "the folder does not exist" }
            : both(code ?? (error instanceof Error ? error.message : String(error)));
    throw new UserError(
      {
        vi: `Không ghi được “${path}” (${why.vi}); tệp cũ (nếu có) vẫn nguyên vẹn, không có tệp ghi dở.`,
        en: `Could not write “${path}” (${why.en}); the file that was there (if any) is intact, nothing half-written.`,
      },
      ExitCode.operatorFault,
    );
  }
}

/**
 * Refuses an output that is one of the command's inputs (last quarter's report, the figures file) unless the
 * operator says `--force`: a slip of the keyboard must not replace the only copy.
 */
export async function refuseOverwritingInputs(
  output: string,
  inputs: readonly (string | undefined)[],
  force: boolean | undefined,
): Promise<void> {
  if (force) return;
  for (const input of inputs) {
    if (input !== undefined && (await sameFile(output, input)))
      throw new UserError(
        {
          vi: `Tệp ra “${output}” chính là tệp vào “${input}”; chọn tên khác, hoặc thêm --force nếu thật sự muốn ghi đè.`,
          en: `The output “${output}” is the input “${input}”; choose another name, or add --force to really overwrite it.`,
        },
        ExitCode.usage,
      );
  }
}

/** Reads and validates a figures file; every issue is printed and the command stops with exit 1. */
export async function loadFigures(
  path: string,
  template: Template,
  io: CliIo,
  lang: "vi" | "en",
): Promise<Figures> {
  const { value, issues } = parseFigures(await readJsonFile(path), template);
  if (!value) {
    printIssues(io, { issues, template, lang, head: lang === "vi" ? `${path}: ${issues.length} lỗi, không thay đổi gì.` : `${path}: ${issues.length} errors, nothing changed.` });
    throw new UserError({ vi: `Số liệu trong “${path}” không hợp lệ.`, en: `The figures in “${path}” are not valid.` }, ExitCode.invalidInput);
  }
  return value;
}

export type IssueReport = {
  readonly issues: readonly Issue[];
  readonly template: Template | undefined;
  readonly lang: "vi" | "en";
  readonly head: string;
};

/** Every issue on standard error, in the clerk's language, under a heading. */
export function printIssues(io: CliIo, report: IssueReport): void {
  const { issues, template, lang, head } = report;
  io.stderr(`${head}\n${issues.map((i) => `  - ${formatIssue(i, template, lang)}`).join("\n")}\n`);
}

export const langOf = (value: string | undefined): "vi" | "en" => (value === "en" ? "en" : "vi");
