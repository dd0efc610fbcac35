import { ESLint } from "eslint";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

/** Lints a would-be domain file without writing it. */
async function lintDomain(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, "src/domain/period/probe.ts") });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the src/domain purity rule", () => {
  it.each([
    ["Office", `import "office-addin-manifest";\nexport {};\n`],
    ["React", `import { useState } from "react";\nexport const x = useState;\n`],
    ["Fluent UI", `import { Button } from "@fluentui/react-components";\nexport const x = Button;\n`],
    ["axios", `import axios from "axios";\nexport const x = axios;\n`],
    ["fs", `import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n`],
    ["the Word adapter", `import { WordSession } from "../../word/WordSession";\nexport const x = WordSession;\n`],
    ["the DOM", `export const x = () => document.title;\n`],
    ["the Word global", `export const x = () => Word.run;\n`],
    ["the clock", `export const x = () => new Date();\n`],
  ])("rejects %s", async (_, source) => {
    const messages = await lintDomain(source);
    expect(messages.some((m) => /no-restricted-(imports|globals|syntax)/.test(m))).toBe(true);
  });

  it("accepts pure code", async () => {
    expect(await lintDomain(`import { z } from "zod";\nexport const x = z.string();\n`)).toEqual([]);
  });
});
