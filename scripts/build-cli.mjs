// Builds the `baocao` command line ahead of time: src/cli/main.ts and what it imports from src/, bundled into
// dist/cli/main.cjs (CommonJS for Node 20+); packages stay in node_modules. Each command is a lazily
// evaluated module of the bundle, so `baocao --version` loads none of them. Run by `npm run build`, by
// `npm run build:cli` and by `prepare` (after `npm ci` / `npm install`).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(root, "dist/cli/main.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
