/**
 * Campaign, class 4: keys from outside named like Object's own members (`constructor`, `toString`,
 * `__proto__`, `hasOwnProperty`, `valueOf`) in fields, tables and table rows never reach a plain object's
 * prototype: `figures validate` and `new` exit 1 naming the key and its place (never exit 3, never "valid"),
 * the service answers 422 to PUT and import (never 500), and a property test throws anything at parseFigures.
 */
import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFigures } from "../../src/domain/figures/parseFigures";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { runCli } from "../support/runCli";
import { call } from "../server/support/http";
import { eachStore } from "../server/support/storeFactories";
import { Q1_PATH, startTestService, type TestService } from "../server/support/startTestService";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const seedText = readFileSync(fixture, "utf8");
const dir = mkdtempSync(join(tmpdir(), "baocao-hostile-"));
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+|TypeError|is not a function/);

const HOSTILE = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"] as const;

/** The seed figures with one key added where `where` says, as JSON text (so `__proto__` stays an own key). */
function withKey(where: "fields" | "tables" | "row", key: string): string {
  const seed = JSON.parse(seedText) as Record<string, unknown>;
  const json = JSON.stringify(seed);
  const inject = JSON.stringify(key);
  if (where === "fields") return json.replace('"fields":{', `"fields":{${inject}:1,`);
  if (where === "tables") return json.replace('"tables":{', `"tables":{${inject}:{"rows":[]},`);
  return json.replace(/"T2":\{"rows":\[\{/, `"T2":{"rows":[{${inject}:1,`);
}

const cases = HOSTILE.flatMap((key) =>
  (["fields", "tables", "row"] as const).map((where) => [where, key] as const),
);

describe("the command line", () => {
  it.each(cases)("%s key %s: validate and new exit 1 naming it, nothing written", async (where, key) => {
    const file = join(dir, `${where}-${key}.json`);
    writeFileSync(file, withKey(where, key));
    const before = readFileSync(file);
    const validate = await runCli("figures", "validate", file, "--json");
    expect(validate.code).toBe(1);
    const report = JSON.parse(validate.stdout) as { valid: boolean; issues: { code: string; path: unknown[]; message: string }[] };
    expect(report.valid).toBe(false);
    const named = report.issues.find((i) => i.path.includes(key));
    expect(named?.code).toMatch(/^figures\.unknown(Key|Table)$/);
    expect(named?.message).toContain(key);
    const out = join(dir, `${where}-${key}.docx`);
    const made = await runCli("new", "--data", file, "-o", out);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain(key);
    noStackTrace(made.stderr + validate.stdout);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

eachStore("the service ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  // `__proto__` is refused by the JSON parser itself (prototype poisoning): 400, naming it.
  it.each(cases)("PUT with a %s key %s: 4xx naming it, the stored figures unchanged", async (where, key) => {
    const before = await call(service.url, Q1_PATH, { key: service.keys.read });
    const answer = await call(service.url, Q1_PATH, {
      method: "PUT",
      key: service.keys.write,
      body: withKey(where, key),
      headers: { "if-match": "*" },
    });
    expect(answer.status).toBe(key === "__proto__" ? 400 : 422);
    expect(answer.text).toContain(key);
    expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    noStackTrace(answer.text);
    const after = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect(after.text).toBe(before.text);
  });
});

describe("parseFigures under any keys (fast-check)", () => {
  const seed = JSON.parse(seedText) as { fields: Record<string, unknown>; tables: Record<string, { rows: Record<string, unknown>[] }> };
  const key = fc.oneof(fc.constantFrom(...HOSTILE), fc.string(), fc.constantFrom(...Object.keys(seed.fields)));
  const value = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.object({ maxDepth: 2 }));

  it("never throws; a key the template does not know is reported with its place; the seed is never changed", () => {
    fc.assert(
      fc.property(fc.constantFrom("fields", "tables", "row"), key, value, (where, k, v) => {
        const inject = `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`;
        const json = JSON.stringify(seed);
        const text =
          where === "fields"
            ? json.replace('"fields":{', () => `"fields":{${inject},`)
            : where === "tables"
              ? json.replace('"tables":{', () => `"tables":{${inject},`)
              : json.replace(/"T2":\{"rows":\[\{/, () => `"T2":{"rows":[{${inject},`);
        const input = JSON.parse(text) as unknown;
        const { value: parsed, issues } = parseFigures(input, cchcQuarterlySct);
        const known =
          where === "fields"
            ? Object.prototype.hasOwnProperty.call(cchcQuarterlySct.fields, k)
            : where === "tables"
              ? Object.prototype.hasOwnProperty.call(cchcQuarterlySct.tables, k)
              : /^c\d+$|^label$|^name$/.test(k);
        if (!known) {
          expect(parsed).toBeUndefined();
          expect(issues.some((i) => i.path.includes(k))).toBe(true);
        }
        expect(Object.getPrototypeOf(cchcQuarterlySct.fields)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
