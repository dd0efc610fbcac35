import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

type LintMessage = { line: number; ruleId: string | null };

/** Lints a would-be domain file with the project's ESLint config, without writing it. */
function lintDomain(source: string, file = "src/domain/period/probe.ts"): LintMessage[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        join(root, "node_modules/eslint/bin/eslint.js"),
        "--stdin",
        "--stdin-filename",
        file,
        "--format",
        "json",
      ],
      { cwd: root, input: source, encoding: "utf8" },
    );
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(out) as { messages: LintMessage[] }[];
  return result?.messages ?? [];
}

const violations = [
  ["Office", `import "office-addin-manifest";`],
  ["React", `import { useState } from "react";`],
  ["Fluent UI", `import { Button } from "@fluentui/react-components";`],
  ["axios", `import axios from "axios";`],
  ["fs", `import { readFileSync } from "node:fs";`],
  ["the Word adapter", `import { WordSession } from "../../word/WordSession";`],
  ["the DOM", `export const a = () => document.title;`],
  ["the Word global", `export const b = () => Word.run;`],
  ["the clock", `export const c = () => new Date();`],
] as const;

describe("the src/domain purity rule", () => {
  const messages = lintDomain(
    `${violations.map(([, line]) => line).join("\n")}\nexport const used = [useState, Button, axios, readFileSync, WordSession];\n`,
  );

  it.each(violations.map(([what], i) => [what, i + 1] as const))("rejects %s", (_, line) => {
    const rules = messages.filter((m) => m.line === line).map((m) => m.ruleId);
    expect(rules.some((r) => /^no-restricted-(imports|globals|syntax)$/.test(r ?? ""))).toBe(true);
  });

  it("accepts pure code", () => {
    expect(lintDomain(`import { z } from "zod";\nexport const x = z.string();\n`)).toEqual([]);
  });

  it("holds for tests under src/domain too: those that read fixtures live in test/domain", () => {
    const rules = lintDomain(
      `import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n`,
      "src/domain/period/probe.test.ts",
    );
    expect(rules.map((m) => m.ruleId)).toContain("no-restricted-imports");
  });
});
