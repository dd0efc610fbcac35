/**
 * `npm start` makes a test key for this machine and hands it to webpack; the development pane offers it to the
 * clerk, and a production build never carries it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DefinePlugin, type Configuration } from "webpack";

const root = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(root, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => Configuration;

const definedKey = (mode: string): unknown => {
  const define = config({}, { mode }).plugins?.find((p): p is DefinePlugin => p instanceof DefinePlugin);
  return define?.definitions["process.env.BAOCAO_DEV_API_KEY"];
};

describe("the test key of npm start", () => {
  const saved = process.env.BAOCAO_DEV_API_KEY;
  beforeAll(() => void (process.env.BAOCAO_DEV_API_KEY = "bc.dev.key"));
  afterAll(() => {
    if (saved === undefined) delete process.env.BAOCAO_DEV_API_KEY;
    else process.env.BAOCAO_DEV_API_KEY = saved;
  });

  it.each([
    ["development", JSON.stringify("bc.dev.key")],
    ["production", JSON.stringify("")],
  ])("a %s build carries %s", (mode, expected) => {
    expect(definedKey(mode)).toBe(expected);
  });

  it("is handed to webpack by npm start, and offered by the pane", () => {
    expect(readFileSync(join(root, "scripts/start.mjs"), "utf8")).toMatch(/BAOCAO_DEV_API_KEY: devKey/);
    const pane = readFileSync(join(root, "src/taskpane/index.tsx"), "utf8");
    expect(pane).toMatch(/= process\.env\.BAOCAO_DEV_API_KEY \?\? ""/);
    expect(pane).toMatch(/defaultApiKey=\{DEV_API_KEY\}/);
  });
});
