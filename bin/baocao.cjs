#!/usr/bin/env node
// The `baocao` command line runs the TypeScript sources through tsx, so that the CLI, the tests and the
// add-in share one code path with no separate build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`baocao: lỗi không mong đợi: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
