import type { SelfTestCheck, SelfTestReport } from "../../word/selfTest";

export type { SelfTestCheck, SelfTestReport };

/**
 * Runs the compatibility self-test (`src/word/selfTest`) on a scratch document, never the clerk's report.
 * `scratch` says where: a hidden document (desktop Word with WordApiHiddenDocument) needs no confirmation; a
 * blank document (Word on the web, the playground) is written into only after the clerk confirms.
 */
export type SelfTestRunner = {
  readonly scratch: "hidden" | "blank";
  readonly run: (onCheck?: (check: SelfTestCheck) => void) => Promise<SelfTestReport>;
};

/** The report as plain text, for IT: Word's version and sets, then every check with what was seen. */
export function selfTestText(report: SelfTestReport): string {
  const mark = { passed: "OK  ", failed: "FAIL", skipped: "N/A " } as const;
  return [
    "baocao — Kiểm tra tương thích / compatibility self-test",
    `Word: ${report.host.version ?? "?"} (${report.host.platform ?? "?"})`,
    `API sets: ${Object.entries(report.host.sets).map(([name, v]) => `${name} ${v}`).join(", ") || "—"}`,
    `${report.passed} passed, ${report.failed} failed, ${report.skipped} not applicable`,
    ...report.checks.map((c) => `${mark[c.status]} ${c.id} — ${c.title.en}${c.detail ? `: ${c.detail}` : ""}`),
    "",
  ].join("\n");
}
