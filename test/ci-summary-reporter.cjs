// CI reads the last line of the run: "N passed, N failed". Jest's own summary has another shape,
// so this reporter prints ours after Jest has finished writing (on process exit).
class CiSummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests + results.numRuntimeErrorTestSuites} failed`;
    process.once("exit", () => process.stderr.write(`\n${line}\n`));
  }
}
module.exports = CiSummaryReporter;
