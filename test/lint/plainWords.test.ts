import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import { formatIssue } from "../../src/domain/issues/formatIssue";
import type { Issue, IssueCode, IssueParams, IssuePath } from "../../src/domain/issues/Issue";
import { messagesVi } from "../../src/domain/issues/messages.vi";
import { reportContent } from "../../src/domain/render";
import { sectionTag, tableTag } from "../../src/domain/tags";
import { agencies } from "../../src/domain/template/agencies";
import { templates } from "../../src/domain/template/registry";
import { walkSections } from "../../src/domain/template/walkSections";
import { PLAYGROUND_WORDS } from "../../src/playground/Playground.types";
import { stringsEn } from "../../src/taskpane/i18n/strings.en";
import { stringsVi } from "../../src/taskpane/i18n/strings.vi";
import { runCli } from "../support/runCli";

/**
 * Everything a clerk reads — issue messages with their places, the pane's words, the playground's, the command
 * line without --json — in both languages, scanned for the software's internal names. Only the “Chi tiết kỹ
 * thuật” disclosure (`technical`) may hold them.
 */
const template = templates[0]!;
const FORBIDDEN: readonly [string, RegExp][] = [
  ["tag prefix", /\bbc:(sec|fig|tbl|per|hdr)\b/],
  ["template id", new RegExp(templates.map((t) => t.id).join("|"))],
  ["agency id", new RegExp(agencies.map((a) => a.id).join("|"))],
  ["cell address", /\bT\d{1,2}\.(r\d+|rTotal)\b|\br\d+\.c\d+\b/],
  ["column key", /\bc\d{1,2}\b/],
  ["table id", /\bT\d{1,2}\b/],
  ["camelCase key", /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ["sync count", /sync|đồng bộ/i],
  ["period code", /\b\d{4}-(Q1|H1|M9|Y)\b/],
  ["project file", /\b(playground|taskpane|manifest)\.(html|xml)\b|\bsrc\//],
];

function offences(text: string, allowed: readonly string[] = []): string[] {
  return FORBIDDEN.filter(([name, re]) => !allowed.includes(name) && re.test(text)).map(([name]) => `${name}: ${text}`);
}

/**
 * A figures file and the --period flag name a period by code ("2021-Q1"): their messages show the codes to type.
 * The pane never asks for one (the period is picked), so only the file's own message may show them.
 */
const ALLOWED: Partial<Record<IssueCode, readonly string[]>> = {
  "figures.badPeriod": ["period code"],
  // The command line's adopt asks for --period in the code it takes.
  "adopt.noPeriod": ["period code"],
};

/** The software's values an issue may carry, at their most internal. */
const PARAMS: readonly IssueParams[] = [
  { table: "T2", found: "T5", other: "T9.c7", key: "II.1.vbqpplDraftsRegistered", tag: "bc:fig:T2.r1.c4", actual: "cchc-quarterly-sct", expected: "2021-Q1", value: 3, count: 2 },
  { table: "T9", other: "T3.r2.c3", actual: "sct-dongnai", expected: "2021-H1", printed: "2.600", column: "Tỷ lệ (%)", title: "Văn bản", period: "2021-Q1" },
];

function everyPath(): IssuePath[] {
  const content = reportContent({ template, figures: { template: template.id, agency: "sct-dongnai", period: "2021-Q1", fields: {}, tables: {} }, agency: agencies[0]!, period: { year: 2021, kind: "Q1" } });
  const tags = [...content.texts.keys(), ...walkSections(template.sections).map((w) => sectionTag(w.section.id)), ...Object.keys(template.tables).map(tableTag)];
  const tables = Object.values(template.tables).flatMap((t) => [
    ["tables", t.id] as IssuePath,
    ...t.columns.map((c) => ["tables", t.id, "rows", 0, c.key] as IssuePath),
    ...t.columns.map((c) => ["tables", t.id, "rTotal", "rTotal", c.key] as IssuePath),
  ]);
  return [
    ...tags.map((tag) => ["doc", tag] as IssuePath),
    ...Object.keys(template.fields).map((k) => ["fields", k] as IssuePath),
    ...walkSections(template.sections).map((w) => ["sections", w.section.id] as IssuePath),
    ...tables,
    ["doc"], ["paragraph", 3], ["paste", 2, 4], ["period"], ["template"], ["agency"],
  ];
}

describe("a clerk never reads the software's internal names", () => {
  it("in any issue, at any place, in either language", () => {
    const found = new Set<string>();
    const codes = Object.keys(messagesVi) as IssueCode[];
    const paths = everyPath();
    expect(paths.length).toBeGreaterThan(300);
    for (const lang of ["vi", "en"] as const) {
      for (const path of paths) {
        for (const code of ["doc.missingControl", "check.printedMismatch"] as const) {
          for (const o of offences(formatIssue({ code, path, params: PARAMS[1] } satisfies Issue, template, lang))) found.add(o);
        }
      }
      for (const code of codes) {
        for (const params of PARAMS) {
          for (const path of [["doc", "bc:fig:T2.rTotal.c3"], ["fields", "II.1.vbqpplDraftsRegistered"], ["tables", "T8", "rows", 0, "c2"], ["paste", 1, 2], ["workbook", "Bảng 2", 3, 4], ["doc"]] as IssuePath[]) {
            for (const o of offences(formatIssue({ code, path, params }, template, lang), ALLOWED[code])) found.add(o);
          }
        }
      }
    }
    expect([...found].slice(0, 20)).toEqual([]);
  });

  it("in the pane's and the playground's words, in either language (the technical disclosure aside)", () => {
    const found: string[] = [];
    const samples = ["Dịch vụ công trực tuyến mức độ 3, 4", 3, 12];
    const walk = (value: unknown, at: string) => {
      if (typeof value === "string") found.push(...offences(value).map((o) => `${at} ${o}`));
      else if (typeof value === "function") {
        const call = value as (...a: unknown[]) => unknown;
        const args = Array.from({ length: value.length }, (_, i) => samples[i % samples.length]);
        // A function of a period takes a Period; every other one takes display-ready names and counts.
        walk(at.endsWith(".long") ? call({ year: 2021, kind: "Q1" }) : call(...args), at);
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) if (k !== "technical") walk(v, `${at}.${k}`);
      }
    };
    walk(stringsVi, "vi");
    walk(stringsEn, "en");
    for (const lang of ["vi", "en"] as const) walk({ ...PLAYGROUND_WORDS[lang], title: "" }, `playground.${lang}`);
    expect(found).toEqual([]);
  });

  it("in what the command line prints without --json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bao-cao-"));
    // The clerk's own file names are theirs to read: named as a clerk would name them.
    const fixture = join(dir, "so-lieu-quy-1.json");
    writeFileSync(fixture, readFileSync(join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json")));
    const q1 = join(dir, "q1.docx");
    const outputs: string[] = [];
    const run = async (...argv: string[]) => {
      const r = await runCli(...argv);
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    await run("new", "--period", "2021-Q1", "--data", fixture, "-o", q1);
    const host = await openDocx(new Uint8Array(readFileSync(q1)));
    await host.run(async (context) => {
      context.document.contentControls.getByTag("bc:fig:T2.r1.c6").getFirst().insertText("110", "Replace");
      const total = context.document.contentControls.getByTag("bc:fig:T9.rTotal.c7").getFirst();
      total.cannotEdit = false;
      total.insertText("9", "Replace");
      await context.sync();
    });
    const edited = join(dir, "edited.docx");
    writeFileSync(edited, await host.save());
    const other = JSON.parse(readFileSync(fixture, "utf8"));
    other.fields["II.1.vbqpplDraftsRegistered"] = 8;
    const data = join(dir, "other.json");
    writeFileSync(data, JSON.stringify(other));
    for (const lang of ["vi", "en"]) {
      await run("check", edited, "--lang", lang);
      await run("refresh", edited, "--data", data, "--dry-run", "--lang", lang);
      await run("scan", edited, "--lang", lang);
    }
    await run("refresh", edited, "--data", data, "-o", join(dir, "kept.docx"));
    await run("roll", join(dir, "kept.docx"), "--to", "2021-H1", "-o", join(dir, "h1.docx"));
    expect(outputs.join("").length).toBeGreaterThan(1000);
    expect(outputs.map((o) => o.split(dir).join("thu-muc")).flatMap((o) => offences(o))).toEqual([]);
  });
});
