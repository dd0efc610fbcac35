/** The run's last lines: skipped blocks by name, then "jest: N passed, N failed". */
import { createRequire } from "node:module";
import { join } from "node:path";

const { skippedBlocks } = createRequire(__filename)("../ci-summary-reporter.cjs") as {
  skippedBlocks: (results: unknown, rootDir: string) => string[];
};

const root = "/repo";
const test = (status: string, ancestorTitles: string[], title = "a test") => ({ status, ancestorTitles, title });

it("names each top-level block whose tests were skipped, with how many, and nothing that ran", () => {
  const results = {
    testResults: [
      {
        testFilePath: join(root, "test/server/cors.test.ts"),
        testResults: [
          test("passed", ["CORS (sqlite)"]),
          test("pending", ["CORS (postgres) — skipped: BAOCAO_TEST_PG is not set", "inner"]),
          test("pending", ["CORS (postgres) — skipped: BAOCAO_TEST_PG is not set"]),
        ],
      },
      { testFilePath: join(root, "test/browser/playground.test.ts"), testResults: [test("pending", ["playground"])] },
      { testFilePath: join(root, "test/domain/x.test.ts"), testResults: [test("failed", ["x"])] },
    ],
  };
  expect(skippedBlocks(results, root)).toEqual([
    "skipped: test/server/cors.test.ts › CORS (postgres) — skipped: BAOCAO_TEST_PG is not set (2 tests)",
    "skipped: test/browser/playground.test.ts › playground (1 test)",
  ]);
});
