/**
 * Campaign, class 3: documents that would exhaust the machine. A .docx is refused for what it would unpack to —
 * per part, in total, by compression ratio, by the tags an XML part gives the parser — from its zip directory
 * before anything is inflated, or while inflating as soon as a part passes what its directory declared. The
 * command line and the pane (the playground opens files through the same openDocx) refuse with the same
 * Vietnamese message naming the part, exit 2, no stack trace, the input byte for byte, no output.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx, PackageTooLarge, readZipParts, UNPACK_LIMITS } from "../../src/docx";
import { XLSX_CONTENT_TYPE } from "../../src/api/contract";
import { call } from "../server/support/http";
import { storeFactories } from "../server/support/storeFactories";
import { Q1_PATH, startTestService, type TestService } from "../server/support/startTestService";
import { runCli } from "../support/runCli";
import { withPart } from "../support/damageDocx";
import { docxWith, paragraphsPart, repeatedEntry, zerosPart, zipOf } from "../support/zipBomb";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-unpack-"));
const q1 = join(dir, "q1.docx");
const MB = 1024 * 1024;

jest.setTimeout(120_000);

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

type Bomb = { name: string; file: string; make: (report: Uint8Array) => Promise<Buffer>; reason: string; says: RegExp };
const bombs: Bomb[] = [
  {
    name: "1 GB of zeros as the main document part (a 1 MB file)",
    file: "zeros.docx",
    make: (report) => docxWith(report, zerosPart(1024)),
    reason: "partBytes",
    says: /phần “word\/document\.xml” giải nén ra hơn 32 MB \(giới hạn cho một phần XML\)/,
  },
  {
    name: "1 GB of zeros as an image",
    file: "zeros-image.docx",
    make: (report) => docxWith(report, zerosPart(1024, "word/media/image1.png")),
    reason: "partBytes",
    says: /phần “word\/media\/image1\.png” giải nén ra hơn 64 MB/,
  },
  {
    // Deflate compresses a 64-byte period at most about 340 to 1 (a match's distance then costs extra bits;
    // zeros reach 1,032 to 1), so 300 MB of paragraphs take 0.9 MB.
    name: "300 MB of paragraphs in 0.9 MB",
    file: "paragraphs.docx",
    make: (report) => docxWith(report, paragraphsPart(300)),
    reason: "partBytes",
    says: /phần “word\/document\.xml” giải nén ra hơn 32 MB/,
  },
  {
    name: "30 MB of zeros (under the size limit, over the ratio)",
    file: "ratio.docx",
    make: (report) => docxWith(report, zerosPart(30, "word/media/image1.png")),
    reason: "ratio",
    says: /phần “word\/media\/image1\.png” giải nén ra gấp [\d.]+ lần kích thước nén \(cho phép tối đa 200 lần\)/,
  },
];

const made = new Map<string, { path: string; bytes: Buffer }>();

beforeAll(async () => {
  expect(await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", q1)).toMatchObject({ code: 0 });
  const report = readFileSync(q1);
  for (const bomb of bombs) {
    const bytes = await bomb.make(report);
    const path = join(dir, bomb.file);
    writeFileSync(path, bytes);
    made.set(bomb.name, { path, bytes });
  }
}, 240_000);

describe("the zip directory refuses before anything is inflated", () => {
  test("the bombs are what they claim: small files declaring huge parts", () => {
    expect(made.get(bombs[0]!.name)!.bytes.length).toBeLessThan(1.2 * MB);
    expect(made.get(bombs[2]!.name)!.bytes.length).toBeLessThan(1 * MB);
  });

  test.each(bombs)("$name: refused by the headless Word, 0 bytes inflated", async (bomb) => {
    const error = await openDocx(made.get(bomb.name)!.bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageTooLarge);
    const refusal = error as PackageTooLarge;
    expect(refusal.reason.kind).toBe(bomb.reason);
    expect(refusal.inflatedBytes).toBe(0);
    expect(refusal.message).toMatch(/^Văn bản vượt giới hạn mở: /);
    expect(refusal.message).toMatch(bomb.says);
    expect(refusal.english).toMatch(/^The document exceeds the unpack limits: /);
  });
});

describe("a zip directory that lies is caught while inflating", () => {
  test("a part declared as 1 KB that inflates to 1 GB stops after its declared size", async () => {
    const truth = zerosPart(1024);
    const lying = zipOf([{ ...truth, size: 1024 }]);
    const error = await readZipParts(lying).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageTooLarge);
    const refusal = error as PackageTooLarge;
    expect(refusal.reason).toMatchObject({ kind: "lies", part: "word/document.xml", declared: 1024 });
    // Stopped at the first chunk past 1 KB: nowhere near the gigabyte.
    expect(refusal.inflatedBytes).toBeGreaterThan(1024);
    expect(refusal.inflatedBytes).toBeLessThan(1 * MB);
  });

  test("the tags an XML part gives the parser are counted as it inflates", async () => {
    const entry = repeatedEntry("word/document.xml", { segment: Buffer.from("<w:p/>".repeat(1000)), times: 10 });
    const limits = { ...UNPACK_LIMITS, xmlTags: 5_000, ratio: 1e9 };
    const error = await readZipParts(zipOf([entry]), { limits }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageTooLarge);
    expect((error as PackageTooLarge).reason).toMatchObject({ kind: "xmlTags", part: "word/document.xml" });
    expect((error as PackageTooLarge).message).toMatch(/phần “word\/document\.xml” có hơn 5\.000 thẻ XML/);
    expect((error as PackageTooLarge).inflatedBytes).toBeLessThan(entry.size);
  });

  test("the total counts every part: many parts each under its limit", async () => {
    const parts = Array.from({ length: 5 }, (_, i) => zerosPart(2, `word/media/image${i}.bin`));
    const limits = { ...UNPACK_LIMITS, totalBytes: 8 * MB, ratio: 1e9 };
    const error = await readZipParts(zipOf(parts), { limits }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as PackageTooLarge).reason).toEqual({ kind: "total" });
    expect((error as PackageTooLarge).message).toMatch(/tổng cộng hơn 8 MB/);
  });

  test("a zip declaring more entries than allowed is refused before jszip lists them", async () => {
    const parts = Array.from({ length: 12 }, (_, i) => zerosPart(0, `p${i}.xml`));
    const error = await readZipParts(zipOf(parts), { limits: { ...UNPACK_LIMITS, parts: 10 } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as PackageTooLarge).reason).toEqual({ kind: "parts", count: 12 });
  });
});

describe("a real report is well within the limits", () => {
  test("the shipped report opens, and every part is read whole", async () => {
    const parts = await readZipParts(readFileSync(q1));
    expect(parts.get("word/document.xml")!.length).toBeGreaterThan(10_000);
    await expect(openDocx(readFileSync(q1))).resolves.toBeDefined();
  });
});

describe("the command line refuses each bomb: exit 2, the message naming the part, nothing written", () => {
  const commands: { name: string; argv: (file: string, out: string) => string[] }[] = [
    { name: "scan", argv: (f) => ["scan", f] },
    { name: "check", argv: (f) => ["check", f] },
    { name: "refresh in place", argv: (f) => ["refresh", f, "--data", fixture] },
    { name: "refresh -o", argv: (f, o) => ["refresh", f, "--data", fixture, "-o", o] },
    { name: "roll -o", argv: (f, o) => ["roll", f, "--to", "2021-H1", "-o", o] },
  ];
  const cases = bombs.flatMap((bomb) => commands.map((command) => ({ bomb, command })));

  test.each(cases.map((c) => [c.command.name, c.bomb.name, c] as const))("%s on %s", async (_c, _b, { bomb, command }) => {
    const { path, bytes } = made.get(bomb.name)!;
    const out = join(dir, `out-${bomb.file}-${command.name.replace(/\W/g, "")}.docx`);
    const run = await runCli(...command.argv(path, out));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Văn bản vượt giới hạn mở: /);
    expect(run.stderr).toMatch(bomb.says);
    noStackTrace(run.stderr);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});

describe("a workbook is a zip too: figures import refuses a bomb before exceljs unpacks it", () => {
  const bombs = [
    ["1 GB of zeros as a sheet (declared)", (sheet: string) => zerosPart(1024, sheet), /giải nén ra hơn 96 MB/],
    ["a sheet declared as 1 KB that inflates to 1 GB", (sheet: string) => ({ ...zerosPart(1024, sheet), size: 1024 }), /mục lục của tệp nén/],
  ] as const;

  test.each(bombs)("%s: exit 1, one message naming the part, no output", async (_name, part, says) => {
    const book = join(dir, "book.xlsx");
    expect((await runCli("figures", "export", "--period", "2021-Q1", "--data", fixture, "-o", book)).code).toBe(0);
    const bomb = join(dir, `bomb-${_name.length}.xlsx`);
    writeFileSync(bomb, await docxWith(readFileSync(book), part("xl/worksheets/sheet1.xml")));
    const before = readFileSync(bomb);
    const out = join(dir, `bomb-${_name.length}.json`);
    const run = await runCli("figures", "import", bomb, "-o", out);
    expect(run.code).toBe(1);
    const printed = run.stdout + run.stderr;
    expect(printed).toMatch(/không phải sổ tính Excel \(\.xlsx\) đọc được: vượt giới hạn giải nén: phần “xl\/worksheets\/sheet1\.xml”/);
    expect(printed).toMatch(says);
    noStackTrace(printed);
    expect(readFileSync(bomb).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the service's workbook import refuses a bomb: 422, the part named, nothing stored", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(storeFactories()[0]!);
  });
  afterAll(() => service.close());

  test("a 1 GB sheet in a 1 MB workbook", async () => {
    const book = join(dir, "service-book.xlsx");
    expect((await runCli("figures", "export", "--period", "2021-Q1", "--data", fixture, "-o", book)).code).toBe(0);
    const bomb = await docxWith(readFileSync(book), zerosPart(1024, "xl/worksheets/sheet1.xml"));
    const before = await call(service.url, Q1_PATH, { key: service.keys.read });
    const answer = await call(service.url, `${Q1_PATH}/import?format=xlsx`, {
      method: "POST",
      key: service.keys.write,
      body: new Uint8Array(bomb),
      contentType: XLSX_CONTENT_TYPE,
    });
    expect(answer.status).toBe(422);
    expect(answer.text).toMatch(/vượt giới hạn giải nén: phần “xl\/worksheets\/sheet1\.xml”/);
    noStackTrace(answer.text);
    expect((await call(service.url, Q1_PATH, { key: service.keys.read })).text).toBe(before.text);
  });
});

describe("what is parsed: elements nested deeper than 1,000 (a control is two: w:sdt, w:sdtContent) are refused before anything walks them", () => {
  const nested = (depth: number) => (xml: string) =>
    xml.replace("<w:body>", `<w:body>${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p/>${"</w:sdtContent></w:sdt>".repeat(depth)}`);

  test.each([501, 100_000])("%i nested controls: scan, refresh and roll exit 2 naming the part, nothing written", async (depth) => {
    const file = join(dir, `deep-${depth}.docx`);
    writeFileSync(file, await withPart(readFileSync(q1), "word/document.xml", nested(depth)));
    const before = readFileSync(file);
    for (const argv of [["scan", file], ["refresh", file, "--data", fixture], ["roll", file, "--to", "2021-H1", "-o", join(dir, "deep-out.docx")]]) {
      const run = await runCli(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Văn bản vượt giới hạn mở: phần “word\/document\.xml” lồng các thẻ XML sâu hơn 1\.000 cấp/);
      noStackTrace(run.stderr);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(dir, "deep-out.docx"))).toBe(false);
  });

  test("490 nested controls (982 elements deep) are read, refreshed and rolled without a crash", async () => {
    const file = join(dir, "deep-490.docx");
    writeFileSync(file, await withPart(readFileSync(q1), "word/document.xml", nested(490)));
    expect((await runCli("scan", file)).code).toBe(0);
    expect((await runCli("refresh", file, "--data", fixture)).code).toBe(0);
    expect((await runCli("roll", file, "--to", "2021-H1", "-o", join(dir, "deep-490-h1.docx"))).code).toBe(0);
  });
});
