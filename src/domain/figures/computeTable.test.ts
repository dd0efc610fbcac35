import { computeTable } from "./computeTable";
import { formatTable } from "./formatTable";
import { seedFigures, template } from "./seedFixture.testkit";

const VP = "Văn phòng UBND tỉnh";
const LEADERS = "Số lượng cán bộ, công chức lãnh đạo, quản lý sử dụng chữ ký số, chứng thư số, sim PKI ký số";
const COURSES = [
  "Thạc sỹ trở lên",
  "Cử nhân chính trị (bao gồm cao cấp)",
  "Trung cấp (bao gồm trung cấp chính trị)",
  "Lớp bồi dưỡng, tập huấn từ 05 ngày trở lên",
  "Bồi dưỡng, tập huấn nghiệp vụ về cải cách hành chính",
];

/** Every printed body row of the seed's tables (template-spec §3), whitespace-normalised. */
const SEED: Readonly<Record<string, readonly (readonly string[])[]>> = {
  T1: [
    ["1", "Thủ tục Cấp giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam", "Trung ương", "Sở Công Thương", "Công an tỉnh", "", ""],
    ["2", "Lĩnh vực điện", "Trung ương", "Sở Công Thương", VP, "", ""],
    ["3", "Thủ tục Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam", "UBND tỉnh", "Sở Công Thương", "Sở Văn hóa-Thể thao và Du lịch", "", ""],
    ["4", "Lĩnh vực An toàn đập, hồ chứa Thủy điện", "UBND tỉnh", "Sở Công Thương", VP, "", ""],
    ["5", "Lĩnh vực Công nghiệp nặng", "UBND tỉnh", "Sở Công Thương", VP, "", ""],
    ["Tổng", "05", "01", "05", "05", "05"],
  ],
  T2: [
    ["1", "Công Thương", "2.555", "2.460", "96,3 %", "95", "3,7 %"],
    ["Tổng số", "2.555", "2.460", "96,3 %", "95", "3,7 %"],
  ],
  T3: [
    ["1. Số phòng thuộc Sở", "06", "06"],
    ["2. Số đơn vị sự nghiệp thuộc Sở", "02", "02"],
  ],
  T4: [["85 (khối văn phòng 57, đơn vị sự nghiệp 28)", "06 (văn phòng 03, đơn vị sự nghiệp 03)", "31 (biên chế 28, hợp đồng 03)", "28", "3", "31"]],
  T5: [
    ["Công chức", "0", "0", ""],
    ["Viên chức", "0", "0", ""],
    ["Tổng", "0", "0", ""],
  ],
  T6: [
    ["Đối với Trưởng phòng, Phó Trưởng phòng thuộc cấp Sở"],
    ["Bổ nhiệm mới", "0", "0", "", "", ""],
    ["Bổ nhiệm lại", "0", "2", "", "", ""],
    ["Luân chuyển", "2", "0", "", "", ""],
    ["Miễn nhiệm", "0", "0", "", "", ""],
    ["Kỷ luật", "2", "0", "", "", ""],
    ["Số lượng công chức, viên chức được tuyển dụng"],
    ["Công chức", "0", "0", "", "", ""],
    ["Viên chức", "3", "0", "", "", ""],
  ],
  T7: [
    ["1. Số công chức hành chính được đào tạo"],
    ...[["0", "0"], ["3", "0"], ["1", "0"], ["17", "0"], ["6", "0"]].map((v, i) => [COURSES[i] ?? "", ...v, "", "", ""]),
    ["2. Viên chức sự nghiệp được đào tạo"],
    ...[["0", "0"], ["0", "0"], ["0", "0"], ["10", "1"], ["2", "0"]].map((v, i) => [COURSES[i] ?? "", ...v, "", "", ""]),
  ],
  T8: [["0", "1", "1", "1", "1", "1"]],
  T9: [
    ["1", "SCT", "3.248", "1.053", "2.195", "3.248", "1.053", "2.195", "100%", "56", "56", "100", ""],
    ["Tổng", "3.248", "1.053", "2.195", "3.248", "1.053", "2.195", "100%", "56", "56", "100", ""],
  ],
  T10: [
    ["1", LEADERS, "53", "53 (1cts do cty TS24 cấp)", "100%"],
    ["2", `${LEADERS} do Ban Cơ yếu Chính phủ cấp`, "52", "52 (14cts + 7 sim PKI)", "100%"],
  ],
  T11: [["1", "Chất lượng trang thông tin điện tử", "Kịp thời", "Đầy đủ", "Thuận tiện"]],
};

describe("computeTable over the Quý I/2021 figures", () => {
  const figures = seedFigures();

  it.each(Object.keys(SEED))("prints %s as the seed does, row by row", (id) => {
    const def = template.tables[id]!;
    const body = computeTable(def, figures.tables[id]?.rows ?? []);
    expect(formatTable(def, body)).toEqual(SEED[id]);
  });

  it("covers every table of the template", () => {
    expect(Object.keys(SEED).sort()).toEqual(Object.keys(template.tables).sort());
  });
});
