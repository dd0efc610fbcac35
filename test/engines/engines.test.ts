import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";

// The product promises to run on every Node.js line in package.json's `engines`; that promise is only true
// if every installed package accepts the whole range (cookie@2, pulled in by fastify's light-my-request,
// asked for Node 22 and is pinned away by an override).
const root = join(__dirname, "..", "..");
const ours: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).engines.node;
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

const declared = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== "" && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
  .map(([path, entry]) => ({ path, version: entry.version, node: (entry.engines as { node: string }).node }));

describe("engines", () => {
  it("covers the current LTS lines", () => {
    for (const line of ["20.19.0", "22.13.0", "24.0.0"]) expect(semver.satisfies(line, ours)).toBe(true);
  });

  it("is true of every dependency in the lock file", () => {
    expect(declared.length).toBeGreaterThan(50);
    const refused = declared.filter((entry) => !semver.subset(ours, entry.node));
    expect(refused).toEqual([]);
  });
});
