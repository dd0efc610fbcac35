import { normalizeLabel } from "../../src/domain/paste/normalizeLabel";

describe("normalizeLabel", () => {
  it.each<[string, string]>([
    ["Tỷ lệ\n(%)", "ty le"],
    ["Tỷ lệ (%)", "ty le"],
    ["TỶ LỆ  %", "ty le"],
    ["1. Số công chức hành chính được đào tạo", "so cong chuc hanh chinh duoc dao tao"],
    ["a) Đối với", "doi voi"],
    ["- Bổ nhiệm mới", "bo nhiem moi"],
    ["Năm (Quí) báo cáo", "nam quy bao cao"],
    ["Năm (Quý) báo cáo", "nam quy bao cao"],
    ["06 tháng", "6 thang"],
    ["Lớp bồi dưỡng, tập huấn từ 05 ngày trở lên", "lop boi duong tap huan tu 5 ngay tro len"],
    ["Đồng Nai", "dong nai"],
    ["Co\u0302ng Thu\u031Bo\u031Bng", "cong thuong"],
    ["Sở Văn hóa-Thể thao và Du lịch", "so van hoa the thao va du lich"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeLabel(text)).toBe(expected);
  });
});
