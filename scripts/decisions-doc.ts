// Writes docs/decisions.md from the template's own decision list (src/domain/template/…/decisions.ts), so the
// document a maintainer reads is the data the template follows. `npm run docs:decisions`; a test keeps them equal.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { decisions } from "../src/domain/template/cchcQuarterlySct/decisions";

export function decisionsMarkdown(): string {
  const head = [
    "# Decisions on the seed's inconsistencies",
    "",
    "The Quý I/2021 report that the template reproduces contradicts itself in places (arithmetic that does not add",
    "up, a 2020 period in a 2021 report, totals over empty cells). [`spec/template-spec.md`](spec/template-spec.md)",
    "§7 lists each one under a reference (A1…, B1…, D1…); this page records what the template does about it. It is",
    "generated from `src/domain/template/cchcQuarterlySct/decisions.ts` by `npm run docs:decisions`, and a test fails",
    "when the two differ.",
    "",
    "| ref | decision |",
    "|---|---|",
  ];
  const rows = decisions.map((d) => `| ${d.ref} | ${d.decision.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`);
  return `${[...head, ...rows].join("\n")}\n`;
}

if (require.main === module) writeFileSync(join(__dirname, "../docs/decisions.md"), decisionsMarkdown());
