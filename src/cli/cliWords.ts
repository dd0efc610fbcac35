import type { Words } from "./io";

/**
 * The command line's recurring messages, in both languages: one wording for each mistake, whichever command
 * meets it.
 */
export const cliWords = {
  /** Something the command needs is missing: "Thiếu tệp văn bản. Cách dùng: …". */
  missing: (what: Words, usage: string): Words => ({ vi: `Thiếu ${what.vi}. Cách dùng: ${usage}`, en: `Missing ${what.en}. Usage: ${usage}` }),
  /** A usage line alone, for a subcommand that does not exist. */
  usage: (usage: string): Words => ({ vi: `Cách dùng: ${usage}`, en: `Usage: ${usage}` }),
  /** A period code that does not read. */
  badPeriod: (text: string | undefined): Words => ({
    vi: `Kỳ báo cáo “${text ?? ""}” không hợp lệ; dạng đúng: 2021-Q1, 2021-H1, 2021-M9, 2021-Y.`,
    en: `The reporting period “${text ?? ""}” is not valid; write it as 2021-Q1, 2021-H1, 2021-M9 or 2021-Y.`,
  }),
  noTemplate: (id?: string): Words =>
    id === undefined
      ? { vi: "Không có mẫu báo cáo nào.", en: "There is no report template." }
      : { vi: `Không có mẫu báo cáo “${id}”.`, en: `There is no report template “${id}”.` },
  noAgency: (id: string): Words => ({ vi: `Không có hồ sơ cơ quan “${id}”.`, en: `There is no agency profile “${id}”.` }),
  theDocument: { vi: "tệp văn bản", en: "the document file" },
} as const;

/** Two messages one after the other, in each language. */
export const joinWords = (...parts: readonly Words[]): Words => ({
  vi: parts.map((p) => p.vi).join(" "),
  en: parts.map((p) => p.en).join(" "),
});
