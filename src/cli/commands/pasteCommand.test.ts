import { Readable } from "node:stream";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError, type CliIo } from "../io";
import { pasteCommand } from "./pasteCommand";

const sample = (name: string) => readFileSync(join(__dirname, "../../../test/paste/samples", name));

/** A fake terminal: what the command prints, and a stdin holding the pasted bytes. */
function fakeIo(input: Buffer | string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: Readable.from([Buffer.from(input)]),
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("baocao paste", () => {
  it("prints a pasted table aligned, in vi-VN notation", async () => {
    const t = fakeIo(sample("t2-excel.tsv"));
    expect(await pasteCommand([], t.io)).toBe(0);
    expect(t.out()).toBe(
      [
        "Bảng “Dịch vụ công trực tuyến mức độ 3, 4” (1 dòng)",
        "#  Tên thủ tục hành chính, dịch vụ công  Số hồ sơ thực hiện mức độ 3 và 4  Tổng số hồ sơ",
        "1  Công Thương                           2.460                             95",
        "",
      ].join("\n"),
    );
  });

  it("prints { table, rows } with --json", async () => {
    const t = fakeIo(sample("t2-noheader.tsv"));
    expect(await pasteCommand(["--table", "T2", "--json"], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toEqual({ table: "T2", rows: [{ c2: "Công Thương", c4: 2460, c6: 95 }] });
  });

  it("prints a fixed table with its row labels", async () => {
    const t = fakeIo(sample("t6-excel.tsv"));
    expect(await pasteCommand(["--table", "T6"], t.io)).toBe(0);
    expect(t.out().split("\n").slice(0, 4)).toEqual([
      "Bảng “Quản lý cán bộ, công chức, viên chức” (7 dòng)",
      "Dòng          Năm trước  Quí I  06 tháng  09 tháng  Năm",
      "Bổ nhiệm mới  0          0",
      "Bổ nhiệm lại  0          2",
    ]);
  });

  it("prints every issue in Vietnamese and exits 1", async () => {
    const t = fakeIo(sample("t2-bad-cells.tsv"));
    expect(await pasteCommand([], t.io)).toBe(1);
    expect(t.out()).toBe(
      [
        "3 lỗi",
        "  - Dữ liệu dán (bảng “Dịch vụ công trực tuyến mức độ 3, 4”), dòng 3, cột 4 “Số hồ sơ thực hiện mức độ 3 và 4”: “abc” không phải là số.",
        "  - Dữ liệu dán (bảng “Dịch vụ công trực tuyến mức độ 3, 4”), dòng 4, cột 4 “Số hồ sơ thực hiện mức độ 3 và 4”: cần một số nguyên, nhận được “1,5”.",
        "  - Dữ liệu dán (bảng “Dịch vụ công trực tuyến mức độ 3, 4”), dòng 4, cột 6 “Tổng số hồ sơ”: “1,053” có thể hiểu là 1,053 hoặc 1053; hãy ghi rõ.",
        "",
      ].join("\n"),
    );
  });

  it("prints the issues in English with --lang en, and as JSON with --json", async () => {
    const t = fakeIo(sample("unknown-header.tsv"));
    expect(await pasteCommand(["--lang", "en", "--json"], t.io)).toBe(1);
    expect(JSON.parse(t.out())).toEqual({
      issues: [
        {
          code: "paste.unknownTable",
          path: ["paste", 0],
          message: "Pasted data, row 1: the header matches no table of the template.",
        },
      ],
    });
  });

  it("reads figures in prose with --fields", async () => {
    const t = fakeIo(sample("fields-excel.tsv"));
    expect(await pasteCommand(["--fields", "--json"], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toEqual({
      fields: {
        "II.1.vbqpplDraftsRegistered": 7,
        "II.2.2.1.onTimeRatePct": 99.36,
        "II.6.c.egovOnlineProcs": { num: 116, den: 116 },
        "II.6.a.eSignatureSince": "2019-03-01",
        "II.6.a.signedOutgoingDocs": 1053,
      },
    });
  });

  it("prints figures in prose aligned, with their labels", async () => {
    const t = fakeIo(sample("fields-excel.tsv"));
    expect(await pasteCommand(["--fields"], t.io)).toBe(0);
    expect(t.out().split("\n")).toEqual([
      "5 chỉ tiêu",
      "II.1.vbqpplDraftsRegistered  Số văn bản QPPL đăng ký chủ trì soạn thảo                     7",
      "II.2.2.1.onTimeRatePct       Tỷ lệ hồ sơ giải quyết đúng và trước hạn                      99,36%",
      "II.6.c.egovOnlineProcs       Số TTHC tiếp nhận qua mạng trên phần mềm Egov / tổng số TTHC  116/116",
      "II.6.a.eSignatureSince       Ngày bắt đầu áp dụng chữ ký số                                01/03/2019",
      "II.6.a.signedOutgoingDocs    Số văn bản đi được ký số                                      1.053",
      "",
    ]);
  });

  it("prints a table with a warning, and exits 1", async () => {
    const t = fakeIo(sample("t9-excel.tsv").toString("utf8").replace("1\tSCT\t3.248", "1\tSCT\t3.249"));
    expect(await pasteCommand(["--table", "T9"], t.io)).toBe(1);
    expect(t.out().split("\n").slice(-3)).toEqual([
      "1 cảnh báo",
      "  ! (cảnh báo) Dữ liệu dán (bảng “Kết quả sử dụng phần mềm quản lý văn bản - điều hành công việc”), dòng 5, cột 3 “Tổng”: ô tính toán ghi “3.249” nhưng tính từ số liệu được 3.248; phần mềm sẽ tự tính.",
      "",
    ]);
  });

  it.each<[string, readonly string[]]>([
    ["both --table and --fields", ["--table", "T2", "--fields"]],
    ["a table the template lacks", ["--table", "T99"]],
    ["an unknown flag", ["--tabel", "T2"]],
    ["an unknown language", ["--lang", "fr"]],
  ])("refuses %s as a usage error", async (_, argv) => {
    await expect(pasteCommand(argv, fakeIo("").io)).rejects.toBeInstanceOf(UserError);
  });
});

describe("baocao paste, bounded (#15 class 9)", () => {
  it.each([
    ["just over the limit", 1024 * 1024 + 1],
    ["50 MB in 64 KB chunks", 50 * 1024 * 1024],
  ])("%s: exit 1, said in one line, stops reading past the limit", async (_name, size) => {
    let read = 0;
    const chunk = Buffer.from("Tên\t1\n".repeat(64 * 1024 / 7));
    const stdin = Readable.from(
      (function* () {
        while (read < size) {
          const part = chunk.subarray(0, Math.min(chunk.length, size - read));
          read += part.length;
          yield part;
        }
      })(),
    );
    const err: string[] = [];
    const run = pasteCommand(["--table", "T2"], { stdout: () => undefined, stderr: (t) => err.push(t), stdin });
    await expect(run).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/^Dữ liệu dán quá lớn \(hơn 1024 KB\)/) });
    expect(read).toBeLessThan(1024 * 1024 + 2 * chunk.length);
  });
});
