import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

type LintMessage = { line: number; ruleId: string | null };

/** Lints one source as if it were each of `files`, with the project's ESLint config, in one ESLint process. */
function lintAs(source: string, files: readonly string[]): Map<string, LintMessage[]> {
  const script = `
    const { ESLint } = await import("eslint");
    const eslint = new ESLint({ cwd: process.cwd() });
    const { source, files } = JSON.parse(process.argv[1]);
    const out = {};
    for (const file of files) out[file] = (await eslint.lintText(source, { filePath: file }))[0].messages;
    process.stdout.write(JSON.stringify(out));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify({ source, files })], {
    cwd: root,
    encoding: "utf8",
  });
  return new Map(Object.entries(JSON.parse(out) as Record<string, LintMessage[]>));
}

const probe = [
  `export const a = () => Word.run;`,
  `export const b = () => Office.context;`,
  `export const c = (globalThis as unknown as { Office: unknown }).Office;`,
  `export type D = Word.RequestContext;`,
  `export const e = () => globalThis.Word;`,
].join("\n");
const probeLines = [1, 2, 3, 4, 5];

const outside = ["src/taskpane/services/probe.ts", "src/taskpane/probe.tsx", "src/cli/probe.ts", "src/playground/probe.ts", "src/server/probe.ts", "src/domain/plan/probe.ts"];
const inside = ["src/word/operations/probe.ts", "src/word/host/probe.ts", "src/docx/probe.ts"];
const results = lintAs(probe, [...outside, ...inside]);

const restrictedLines = (file: string) =>
  probeLines.filter((line) =>
    (results.get(file) ?? []).some((m) => m.line === line && /^no-restricted-(globals|syntax)$/.test(m.ruleId ?? "")),
  );

describe("Office.js only under src/word (and src/docx, which emulates it)", () => {
  it.each(outside)("npx eslint rejects every use of Word or Office in %s", (file) => {
    expect(restrictedLines(file)).toEqual(probeLines);
  });

  it.each(inside)("allows them in %s", (file) => {
    expect(results.get(file)).toBeDefined();
    expect(restrictedLines(file)).toEqual([]);
  });
});
