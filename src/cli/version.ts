import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The version of the installed baocao, from its package.json: two folders up from this file in the sources
 * (`src/cli/`) and in the built command line (`dist/cli/`) alike.
 *
 * @example packageVersion() // → "0.1.0"
 */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
