/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakeReportDocument } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";
import { t2Headerless, t2Tsv } from "./fixtures/pastes";

const pasteBox = () => screen.findByRole("textbox", { name: /Dán bảng hoặc danh sách chỉ tiêu/ });

describe("DataSource: pasted data", () => {
  it("previews a pasted T2 with its column mapping, then hands it to the review", async () => {
    const { user, doc } = renderPane();
    await user.click(await pasteBox());
    await user.paste(t2Tsv("2.565", "2.470"));

    expect(
      await screen.findByText("Đọc là: Bảng “Dịch vụ công trực tuyến mức độ 3, 4”"),
    ).toBeInTheDocument();
    const grid = screen.getByRole("table", { name: "Dữ liệu dán: 4 dòng, 7 cột" });
    expect(within(grid).getAllByRole("row")).toHaveLength(5);
    expect(within(grid).getAllByRole("cell", { name: "2.470" })).toHaveLength(2);
    const mapping = within(screen.getByRole("list", { name: "Cột dán → cột của mẫu" })).getAllByRole(
      "listitem",
    );
    expect(mapping.map((m) => m.textContent)).toEqual([
      "Cột 1 → STT (c1)",
      "Cột 2 → Tên thủ tục hành chính, dịch vụ công (c2)",
      "Cột 3 → Tổng số hồ sơ đã tiếp nhận (c3)",
      "Cột 4 → Số hồ sơ thực hiện mức độ 3 và 4 (c4)",
      "Cột 5 → Tỷ lệ (%) (c5)",
      "Cột 6 → Tổng số hồ sơ (c6)",
      "Cột 7 → Tỷ lệ (%) (c7)",
    ]);

    await user.click(screen.getByRole("button", { name: "Dùng số liệu này" }));
    expect(await screen.findByRole("group", { name: "Đã nhận số liệu dán" })).toBeInTheDocument();
    expect(doc.previewRefresh).toHaveBeenCalledWith(
      expect.objectContaining({
        agency: "sct-dongnai",
        period: "2021-Q1",
        source: "paste",
        fields: { "II.1.vbqpplDraftsRegistered": 7, "II.2.2.1.onTimeRatePct": 99.36 },
        tables: { T2: { rows: [{ c2: "Công Thương", c3: 2565, c4: 2470, c6: 95 }] } },
      }),
    );
    expect(await screen.findByText("Số liệu mới: Dán từ bảng tính")).toBeInTheDocument();
  });

  it("marks a bad cell and names its place; nothing can be used until it is fixed", async () => {
    const { user } = renderPane();
    await user.click(await pasteBox());
    await user.paste(t2Tsv("2.565", "2.47O"));

    const bar = await screen.findByRole("group", { name: "Dữ liệu dán chưa dùng được" });
    expect(bar).toHaveTextContent("Sửa các ô được đánh dấu");
    const grid = screen.getByRole("table", { name: /Dữ liệu dán/ });
    const marked = within(grid)
      .getAllByRole("cell")
      .filter((c) => c.getAttribute("data-problem") === "true");
    expect(marked.map((c) => c.textContent)).toEqual(["2.47O!"]);
    expect(marked[0]).toHaveAccessibleDescription(
      /bảng “Dịch vụ công trực tuyến mức độ 3, 4”\), dòng 3, cột 4 “Số hồ sơ thực hiện mức độ 3 và 4”: “2\.47O” không phải là số/,
    );
    const problems = within(screen.getByRole("list", { name: /ô chưa đọc được/ })).getAllByRole("listitem");
    expect(problems[0]).toHaveTextContent(
      "Dữ liệu dán (bảng “Dịch vụ công trực tuyến mức độ 3, 4”), dòng 3, cột 4 “Số hồ sơ thực hiện mức độ 3 và 4”: “2.47O” không phải là số.",
    );
    expect(screen.queryByRole("button", { name: "Dùng số liệu này" })).not.toBeInTheDocument();
  });

  it("asks which table a headerless paste is, then reads it by column order", async () => {
    const { user } = renderPane();
    await user.click(await pasteBox());
    await user.paste(t2Headerless);
    const picker = await screen.findByRole("combobox", { name: "Bảng" });
    expect(
      screen.getByText("Dòng tiêu đề không cho biết đây là bảng nào: hãy chọn bảng."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dùng số liệu này" })).not.toBeInTheDocument();
    await user.selectOptions(picker, "T2");
    expect(await screen.findByRole("button", { name: "Dùng số liệu này" })).toBeEnabled();
  });

  it("accepts a key/value list of figures", async () => {
    const { user } = renderPane();
    await user.click(await pasteBox());
    await user.paste(
      "Chỉ tiêu\tGiá trị\nSố văn bản QPPL đăng ký chủ trì soạn thảo\t08\nTỷ lệ hồ sơ đúng và trước hạn\t99,5%\n",
    );
    const table = await screen.findByRole("table", { name: "Chỉ tiêu nhận được" });
    expect(
      within(table).getByRole("row", { name: /Số văn bản QPPL đăng ký chủ trì soạn thảo 8/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole("row", { name: /Tỷ lệ hồ sơ đúng và trước hạn 99.5/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Dùng số liệu này" })).toBeEnabled();
  });

  it("accepts JSON figures", async () => {
    const { user, doc } = renderPane();
    await user.click(await pasteBox());
    await user.paste(
      JSON.stringify({
        fields: { "II.1.vbqpplDraftsRegistered": 9 },
        tables: { T2: { rows: [{ c2: "Công Thương", c3: 10, c4: 8, c6: 2 }] } },
      }),
    );
    await user.click(await screen.findByRole("button", { name: "Dùng số liệu này" }));
    expect(doc.previewRefresh).toHaveBeenCalledWith(
      expect.objectContaining({
        fields: expect.objectContaining({ "II.1.vbqpplDraftsRegistered": 9 }),
        tables: { T2: { rows: [{ c2: "Công Thương", c3: 10, c4: 8, c6: 2 }] } },
      }),
    );
  });

  it.each([
    ["unknown figures", "Số cán bộ đi công tác\t3"],
    ["a JSON value of the wrong type", JSON.stringify({ "II.1.vbqpplDraftsRegistered": "bảy" })],
    ["a stray bracket", "[ không phải JSON\t1\t2\t3\t4"],
    ["binary noise", "\u0000\u0001\u0002\t\uFFFD\n\t\t\t\t\t\t\t\t\t\t\t\t"],
  ])("shows %s as problems, without crashing", async (_, text) => {
    const { user } = renderPane();
    await user.click(await pasteBox());
    await user.paste(text);
    expect(await screen.findByRole("group", { name: "Dữ liệu dán chưa dùng được" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Phần này gặp lỗi không mong muốn" })).not.toBeInTheDocument();
  });

  it("starts from empty figures when the document has none yet", async () => {
    const doc = fakeReportDocument({ currentFigures: async () => undefined });
    const { user } = renderPane({ doc });
    await user.click(await pasteBox());
    await user.paste(t2Tsv("2.565", "2.470"));
    await user.click(await screen.findByRole("button", { name: "Dùng số liệu này" }));
    expect(doc.previewRefresh).toHaveBeenCalledWith({
      template: "cchc-test",
      agency: "sct-dongnai",
      period: "2021-Q1",
      source: "paste",
      fields: {},
      tables: { T2: { rows: [{ c2: "Công Thương", c3: 2565, c4: 2470, c6: 95 }] } },
    });
  });

  it("keeps the pasted text while the panel is closed", async () => {
    const { user } = renderPane();
    await user.click(await pasteBox());
    await user.paste("Số văn bản QPPL đăng ký chủ trì soạn thảo\t08");
    await user.click(screen.getByRole("button", { name: "Số liệu" }));
    expect(screen.queryByRole("textbox", { name: /Dán bảng/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Số liệu" }));
    expect(await screen.findByRole("textbox", { name: /Dán bảng/ })).toHaveValue(
      "Số văn bản QPPL đăng ký chủ trì soạn thảo\t08",
    );
  });

  it("refuses a paste over 1 MB, as the command line does, without reading it", async () => {
    const { user, doc } = renderPane();
    await user.click(await pasteBox());
    // 1 MB and one byte of a well-formed table: under the limit it would be read into 30,000 rows.
    const row = "Công Thương\t2.565\t2.470\n";
    const big = `${t2Tsv("2.565", "2.470")}\n${row.repeat(Math.ceil((1024 * 1024) / row.length))}`;
    await user.paste(big);
    const bar = await screen.findByRole("group", { name: "Dữ liệu dán chưa dùng được" });
    expect(bar).toBeInTheDocument();
    expect(
      await screen.findByText("Dữ liệu dán quá lớn (hơn 1024 KB); hãy dán từng bảng một."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: /Dữ liệu dán/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dùng số liệu này" })).not.toBeInTheDocument();
    expect(doc.previewRefresh).not.toHaveBeenCalled();
  });

  it("refuses a pasted count beyond 999.999.999.999, naming its place", async () => {
    const { user } = renderPane();
    await user.click(await pasteBox());
    await user.paste("Số văn bản QPPL đăng ký chủ trì soạn thảo\t12.345.678.901.234.567.890");
    expect(
      await screen.findByText(/số quá lớn \(“12\.345\.678\.901\.234\.567\.890”\); tối đa 999\.999\.999\.999\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dùng số liệu này" })).not.toBeInTheDocument();
  });
});
