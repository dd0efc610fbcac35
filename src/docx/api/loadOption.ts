/**
 * `load()` accepts a string ("a,b/c"), an array of paths, `{ select, expand, top, skip }` or the object form
 * `{ a: true, b: { c: true }, $all: true, $top: n }`. All become one tree: which scalars to read, which navigation
 * properties to follow. `items/` is dropped because a collection's load options apply to its items.
 */
export type LoadSpec = {
  all: boolean;
  readonly scalars: Set<string>;
  readonly nav: Map<string, LoadSpec>;
  top?: number;
  skip?: number;
};

export type LoadArgument =
  | string
  | readonly string[]
  | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number }
  | Record<string, unknown>
  | undefined;

export function emptySpec(): LoadSpec {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const segs = path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (segs[0] === "items") segs.shift();
  if (segs.length === 0) {
    spec.all = true;
    return;
  }
  let node = spec;
  for (let i = 0; i < segs.length - 1; i++) {
    const name = segs[i]!;
    if (name === "items") continue;
    let child = node.nav.get(name);
    if (!child) node.nav.set(name, (child = emptySpec()));
    node = child;
  }
  node.scalars.add(segs[segs.length - 1]!);
}

const splitList = (v: string | readonly string[]): string[] => (typeof v === "string" ? v.split(",") : [...v]);

function addObjectForm(spec: LoadSpec, obj: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(obj)) {
    if (key === "$all") spec.all = spec.all || value === true;
    else if (key === "$top" && typeof value === "number") spec.top = value;
    else if (key === "$skip" && typeof value === "number") spec.skip = value;
    else if (value === true) spec.scalars.add(key);
    else if (value && typeof value === "object") {
      const child = spec.nav.get(key) ?? emptySpec();
      addObjectForm(child, value as Record<string, unknown>);
      spec.nav.set(key, child);
    }
  }
}

export function parseLoadArgument(arg: LoadArgument): LoadSpec {
  const spec = emptySpec();
  if (arg === undefined || arg === null) {
    spec.all = true;
    return spec;
  }
  if (typeof arg === "string" || Array.isArray(arg)) {
    for (const p of splitList(arg as string | readonly string[])) if (p.trim() !== "") addPath(spec, p);
    if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
    return spec;
  }
  const o = arg as Record<string, unknown>;
  if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
    if (o.select !== undefined) for (const p of splitList(o.select as string | string[])) if (p.trim()) addPath(spec, p);
    if (o.expand !== undefined) {
      for (const p of splitList(o.expand as string | string[])) {
        const name = p.trim().replace(/^items\//, "");
        if (name && !spec.nav.has(name)) spec.nav.set(name, { ...emptySpec(), all: true });
      }
    }
    if (typeof o.top === "number") spec.top = o.top;
    if (typeof o.skip === "number") spec.skip = o.skip;
    if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
    return spec;
  }
  addObjectForm(spec, o);
  if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
  return spec;
}
