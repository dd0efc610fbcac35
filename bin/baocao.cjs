#!/usr/bin/env node
// The `baocao` command line runs JavaScript built ahead of time (`npm run build:cli`, also run by `npm ci`
// through `prepare` and by `npm run build`): nothing is compiled when it starts.
const { join } = require("node:path");

let main;
try {
  ({ main } = require(join(__dirname, "..", "dist", "cli", "main.cjs")));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("main.cjs")) {
    process.stderr.write(
      "baocao: chưa dựng dòng lệnh (dist/cli/main.cjs không có). Chạy: npm run build:cli\n" +
        "baocao: the command line is not built (no dist/cli/main.cjs). Run: npm run build:cli\n",
    );
    process.exit(3);
  }
  throw error;
}
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
