// CI reads the last line of the run: "N passed, N failed". Jest's own summary has another shape, so this
// reporter prints ours after Jest has finished writing (on process exit, written synchronously so that a
// forced exit cannot drop it).
const { writeSync } = require("node:fs");

class CiSummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed`;
    process.once("exit", () => writeSync(2, `\n${line}\n`));
  }
}

module.exports = CiSummaryReporter;
