/**
 * Campaign, class 1 and 8: a failed write never destroys the report, and an output that is one of the inputs
 * is refused. The fault is injected as a filesystem layer that writes part of the bytes and then reports a
 * full disk (ENOSPC), in-process; where the machine allows mounting, a real 64 KB tmpfs is filled as well.
 */
import { execFileSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic, type AtomicFs } from "../../src/cli/writeOutput";
import { runCli } from "../support/runCli";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-writes-"));
const q1 = join(dir, "q1.docx");

/** A filesystem whose writes stop after `room` bytes with ENOSPC, as a full disk does. */
function fullDisk(room: number): AtomicFs {
  let left = room;
  return {
    ...fsp,
    open: async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        writeFile: async (data: Uint8Array) => {
          const part = data.subarray(0, Math.max(0, left));
          left -= part.length;
          await handle.writeFile(part);
          if (part.length < data.length)
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    },
  };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(async () => {
  expect(await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", q1)).toMatchObject({ code: 0 });
});

describe("writeFileAtomic under a failing filesystem", () => {
  const cases: [string, number][] = [
    ["nothing written at all", 0],
    ["one byte written", 1],
    ["half written", 20_000],
    ["all but the last byte", 39_999],
  ];
  it.each(cases)("%s: the original stays byte for byte, no temporary file is left", async (_name, room) => {
    const target = join(dir, `atomic-${room}.docx`);
    const original = readFileSync(q1);
    writeFileSync(target, original);
    const before = readdirSync(dir).sort();
    await expect(writeFileAtomic(target, new Uint8Array(40_000).fill(7), fullDisk(room))).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(readFileSync(target).equals(original)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("a new output that fails is not created at all", async () => {
    const target = join(dir, "never.docx");
    await expect(writeFileAtomic(target, new Uint8Array(10), fullDisk(3))).rejects.toMatchObject({ code: "ENOSPC" });
    expect(existsSync(target)).toBe(false);
  });

  it("writes the whole content when there is room, and keeps the file's mode", async () => {
    const target = join(dir, "ok.bin");
    writeFileSync(target, "old", { mode: 0o640 });
    await writeFileAtomic(target, new Uint8Array([1, 2, 3, 4]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3, 4]);
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o640);
  });
});

/** A 64 KB tmpfs where the machine lets us mount one (root in a container with CAP_SYS_ADMIN). */
function mountTinyTmpfs(): string | undefined {
  const point = mkdtempSync(join(tmpdir(), "baocao-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point], { stdio: "ignore" });
    return point;
  } catch {
    return undefined;
  }
}

describe("the CLI on a full filesystem", () => {
  const point = mountTinyTmpfs();
  afterAll(() => {
    if (point) execFileSync("umount", [point], { stdio: "ignore" });
  });
  const onTmpfs = point ? it : it.skip;

  onTmpfs("refresh in place on a full 64 KB tmpfs: exit 4, the report byte-identical, nothing left behind", async () => {
    const report = join(point!, "q1.docx");
    const original = readFileSync(q1);
    writeFileSync(report, original);
    writeFileSync(join(point!, "filler"), Buffer.alloc(64 * 1024 - original.length - 4096));
    const changed = JSON.parse(readFileSync(fixture, "utf8"));
    changed.fields["II.1.vbqpplDraftsRegistered"] = 9;
    const data = join(dir, "changed.json");
    writeFileSync(data, JSON.stringify(changed));
    const before = readdirSync(point!).sort();
    const run = await runCli("refresh", report, "--data", data);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`“${report}”`);
    expect(run.stderr).toContain("ổ đĩa đã đầy");
    noStackTrace(run.stderr);
    expect(readFileSync(report).equals(original)).toBe(true);
    expect(readdirSync(point!).sort()).toEqual(before);
  });

  onTmpfs("roll -o onto a full tmpfs: exit 4, no partial output", async () => {
    const out = join(point!, "next.docx");
    const run = await runCli("roll", q1, "--to", "2021-H1", "-o", out);
    expect(run.code).toBe(4);
    noStackTrace(run.stderr);
    expect(existsSync(out)).toBe(false);
  });
});

describe("an output that is one of the inputs is refused unless --force", () => {
  const sub = join(dir, "sub");
  mkdirSync(sub);
  const figures = join(dir, "figs.json");
  writeFileSync(figures, readFileSync(fixture));
  const linked = join(dir, "linked.docx");
  const cases: [string, () => string[]][] = [
    ["roll in.docx -o in.docx", () => ["roll", q1, "--to", "2021-H1", "-o", q1]],
    ["roll through another spelling of the same path", () => ["roll", q1, "--to", "2021-H1", "-o", join(sub, "..", "q1.docx")]],
    ["roll onto a hard link of the input", () => ["roll", q1, "--to", "2021-H1", "-o", linked]],
    ["new -o figs.json", () => ["new", "--data", figures, "-o", figures]],
    ["refresh -o onto its figures file", () => ["refresh", q1, "--data", figures, "-o", figures]],
  ];
  beforeAll(() => linkSync(q1, linked));

  it.each(cases)("%s: exit 64, the input byte-identical", async (_name, argv) => {
    const args = argv();
    const inputs = [q1, figures].map((p) => readFileSync(p));
    const run = await runCli(...args);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("--force");
    expect(run.stderr).toMatch(/Tệp ra “.+” chính là tệp vào/);
    noStackTrace(run.stderr);
    expect([q1, figures].map((p) => readFileSync(p).equals(inputs.shift()!))).toEqual([true, true]);
  });

  it("--force lets the operator replace the input on purpose", async () => {
    const copy = join(dir, "copy.docx");
    writeFileSync(copy, readFileSync(q1));
    const run = await runCli("roll", copy, "--to", "2021-H1", "-o", copy, "--force");
    expect(run.code).toBe(0);
    expect(readFileSync(copy).equals(readFileSync(q1))).toBe(false);
  });
});
