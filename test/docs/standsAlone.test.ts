import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { decisionsMarkdown } from "../../scripts/decisions-doc";

const root = join(__dirname, "..", "..");

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Relative links of a Markdown file: `[text](target)`, without anchors and web addresses. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] ?? "").split("#")[0] ?? "")
    .filter((target) => target !== "" && !/^[a-z]+:/i.test(target));
}

describe("the repository stands alone", () => {
  it("docs/decisions.md records every decision of the template (npm run docs:decisions rewrites it)", () => {
    const written = readFileSync(join(root, "docs/decisions.md"), "utf8");
    const rowRefs = (markdown: string) => [...markdown.matchAll(/^\| ([^|]+?) \|/gm)].map((m) => m[1]).filter((ref) => ref !== "ref" && ref !== "---");
    // The wording may be edited in the template before the page is rewritten; a decision missing from it may not.
    expect(rowRefs(written)).toEqual(rowRefs(decisionsMarkdown()));
  });

  it("every relative link of the README and of docs/ reaches a file of the repository", () => {
    const pages = [join(root, "README.md"), ...filesUnder(join(root, "docs"), (p) => p.endsWith(".md"))];
    const dead = pages.flatMap((page) =>
      relativeLinks(readFileSync(page, "utf8"))
        .filter((target) => !existsSync(join(dirname(page), target)))
        .map((target) => `${relative(root, page)} → ${target}`),
    );
    expect(dead).toEqual([]);
    expect(relativeLinks(readFileSync(join(root, "README.md"), "utf8"))).toEqual(
      expect.arrayContaining(["docs/DESIGN.md", "docs/spec/template-spec.md", "docs/decisions.md"]),
    );
  });

  it("nothing the product or its tests run names the folder beside the clone", () => {
    const code = (p: string) => /\.(ts|tsx|js|cjs|mjs|sh|json)$/.test(p);
    const files = [
      join(root, "README.md"),
      join(root, "package.json"),
      join(root, "webpack.config.js"),
      join(root, "jest.config.cjs"),
      join(root, ".ci/run"),
      ...["scripts", "test", "src", "bench", "bin"].flatMap((dir) => filesUnder(join(root, dir), code)),
    ];
    const naming = files.filter((file) => /shared[\\/]+(?:seed|spec|manifest-schemas|research|DESIGN|STYLE)|["']shared["'],\s*["'](?:seed|spec)/.test(readFileSync(file, "utf8")));
    expect(naming.map((file) => relative(root, file))).toEqual([]);
  });

  it("the manifest schemas are in the repository", () => {
    expect(existsSync(join(root, "manifest-schemas/OfficeAppManifestV1_1.xsd"))).toBe(true);
    expect(readFileSync(join(root, "scripts/validate-manifest.sh"), "utf8")).toContain("$here/manifest-schemas");
  });
});
