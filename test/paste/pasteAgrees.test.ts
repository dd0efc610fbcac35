/**
 * `baocao paste` and the pane read a paste through one function (domain/paste readPaste): on the same text they
 * see the same kind (table, fields, JSON), the same values and the same problems at the same places.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pasteCommand } from "../../src/cli/commands/pasteCommand";
import type { CliIo } from "../../src/cli/io";
import type { Figures } from "../../src/domain/figures/schema";
import type { Issue } from "../../src/domain/issues";
import { findTemplate } from "../../src/domain/template/registry";
import { readPaste as paneReads } from "../../src/taskpane/DataSource/readPaste";
import { readSample } from "./readSample";

const template = findTemplate(undefined)!;
const base: Figures = { template: template.id, agency: "sct-dongnai", period: "2021-Q1", fields: {}, tables: {} };

type CliJson = {
  readonly table?: string;
  readonly rows?: unknown[];
  readonly tables?: unknown[];
  readonly fields?: Record<string, unknown>;
  readonly issues?: readonly (Issue & { message: string })[];
};

async function cliReads(text: string, lang: "vi" | "en"): Promise<{ code: number; json: CliJson }> {
  const out: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, stdin: Readable.from([Buffer.from(text)]) };
  const code = await pasteCommand(["--json", "--lang", lang], io);
  return { code, json: JSON.parse(out.join("")) as CliJson };
}

const where = (i: Issue) => `${i.code} @ ${i.path.join("/")}`;

const inline: readonly [string, string][] = [
  ["a key/value list without STT", "II.1.vbqpplDraftsRegistered\t7\nII.2.2.1.onTimeRatePct\t99,36%\n"],
  ["a key/value list with STT", "1\tII.1.vbqpplDraftsRegistered\t7\n2\tII.2.2.1.onTimeRatePct\t99,36%\n"],
  ["JSON figures with fields and a table", JSON.stringify({ fields: { "II.1.vbqpplDraftsRegistered": 7 }, tables: { T2: { rows: [{ c2: "Công Thương", c4: 2460, c6: 95 }] } } })],
  ["a JSON map of fields", '{"II.1.vbqpplDraftsRegistered": "bảy"}'],
  ["JSON with a syntax error", '{"II.1.vbqpplDraftsRegistered": 7,}'],
  ["three columns that are neither a table nor a list", "Họ và tên\tNgày sinh\tQuê quán\nNguyễn Văn A\t01/01/1990\tĐồng Nai\n"],
];
const samples: readonly [string, string][] = readdirSync(join(__dirname, "samples")).map((name) => [name, readSample(name)]);

describe("the CLI and the pane read a paste alike", () => {
  it.each([...samples, ...inline])("%s", async (_, text) => {
    for (const lang of ["vi", "en"] as const) {
      const cli = await cliReads(text, lang);
      const pane = paneReads({ text, template, base, lang });
      // The pane goes on to check the merged figures as a whole: its first problems are the paste's own.
      const paneIssues = pane.problems.map((p) => p.issue);
      const cliIssues = cli.json.issues ?? [];
      expect(paneIssues.slice(0, cliIssues.length).map(where)).toEqual(cliIssues.map(where));
      // Worded the same.
      expect(pane.problems.slice(0, cliIssues.length).map((p) => p.text)).toEqual(cliIssues.map((i) => i.message));
      // The same kind.
      if (pane.preview?.kind === "table" && cli.json.table) expect(cli.json.table).toBe(pane.preview.tableId);
      if (pane.preview?.kind === "fields") expect(cli.json.table).toBeUndefined();
      if (pane.preview?.kind === "table") expect(cli.json.fields).toBeUndefined();
      // Values read by one are read by the other.
      if (cli.json.table) expect(pane.figures?.tables[cli.json.table]?.rows).toHaveLength(cli.json.rows?.length ?? -1);
      for (const key of Object.keys(cli.json.fields ?? {})) expect(pane.figures?.fields).toHaveProperty([key]);
      if (cli.code === 0) expect(pane.figures).toBeDefined();
      else expect(cliIssues.length).toBeGreaterThan(0);
    }
  });

  it("reads a list without STT as figures in both, and a syntax error as invalid JSON in both", async () => {
    const list = await cliReads(inline[0]![1], "vi");
    expect(list.code).toBe(0);
    expect(Object.keys(list.json.fields ?? {})).toHaveLength(2);
    expect(paneReads({ text: inline[0]![1], template, base, lang: "vi" }).preview?.kind).toBe("fields");

    const broken = inline[4]![1];
    const cli = await cliReads(broken, "en");
    expect(cli.json.issues?.map((i) => i.message)).toEqual(["The pasted data is not valid JSON: it breaks at character 35."]);
    expect(paneReads({ text: broken, template, base, lang: "en" }).problems.map((p) => p.text)).toEqual([
      "The pasted data is not valid JSON: it breaks at character 35.",
    ]);
  });

  it("reads a JSON Figures object's fields and table in both", async () => {
    const text = inline[2]![1];
    const cli = await cliReads(text, "vi");
    expect(cli).toMatchObject({ code: 0, json: { table: "T2", fields: { "II.1.vbqpplDraftsRegistered": 7 } } });
    const pane = paneReads({ text, template, base, lang: "vi" });
    expect(pane.figures?.fields).toEqual({ "II.1.vbqpplDraftsRegistered": 7 });
    expect(pane.figures?.tables.T2?.rows).toEqual(cli.json.rows);
  });

  it("lets a bug in reading reach the error boundary instead of calling it invalid JSON", () => {
    const broken = { ...template, tables: null } as unknown as typeof template;
    expect(() => paneReads({ text: "STT\tTên\n1\tx\n", template: broken, base, lang: "vi" })).toThrow(TypeError);
  });
});
