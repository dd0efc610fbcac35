// CI reads the last line of the run: "N passed, N failed". Jest's own summary has another shape, so this
// reporter prints ours after Jest has finished writing (on process exit, written synchronously so that a
// forced exit cannot drop it). Above it, the skipped blocks by name (a PostgreSQL suite without BAOCAO_TEST_PG,
// a browser suite without Chromium), so that no test disappears silently.
const { writeSync } = require("node:fs");
const { relative } = require("node:path");

/** "file › outer describe: N skipped" for each top-level block with skipped tests. */
function skippedBlocks(results, rootDir) {
  const blocks = new Map();
  for (const file of results.testResults) {
    for (const test of file.testResults) {
      if (test.status !== "pending" && test.status !== "skipped" && test.status !== "todo") continue;
      const name = `${relative(rootDir, file.testFilePath)} › ${test.ancestorTitles[0] ?? test.title}`;
      blocks.set(name, (blocks.get(name) ?? 0) + 1);
    }
  }
  return [...blocks].map(([name, count]) => `skipped: ${name} (${count} ${count === 1 ? "test" : "tests"})`);
}

class CiSummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = skippedBlocks(results, this.rootDir);
    const lines = [...skipped, `jest: ${results.numPassedTests} passed, ${failed} failed`];
    process.once("exit", () => writeSync(2, `\n${lines.join("\n")}\n`));
  }
}

module.exports = CiSummaryReporter;
module.exports.skippedBlocks = skippedBlocks;
