/**
 * The comparable form of a label typed by a clerk or kept in the template: NFC, lower case, without diacritics
 * ("đ" → "d"), punctuation and line breaks made spaces, white space collapsed, a leading enumerator
 * ("1.", "a)", "II.", "-", "+") dropped, leading zeros of numbers dropped ("06 tháng" = "6 tháng") and the old
 * spelling "Quí" read as "Quý". Two labels that normalise alike are the same label.
 *
 * @example
 * normalizeLabel("Tỷ lệ\n(%)")                        // → "ty le"
 * normalizeLabel("1. Số công chức hành chính được đào tạo") // → "so cong chuc hanh chinh duoc dao tao"
 * normalizeLabel("Năm (Quí) báo cáo")                 // → "nam quy bao cao"
 * normalizeLabel("06 tháng")                          // → "6 thang"
 */
export function normalizeLabel(text: string): string {
  const plain = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:[-+•*]\s*|(?:\d{1,3}|[a-z]|[ivxl]{1,5})[.)]\s+)/, "");
  return plain
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\bqui\b/g, "quy")
    .replace(/\b0+(\d)/g, "$1")
    .trim();
}
