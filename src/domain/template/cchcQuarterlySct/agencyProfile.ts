import type { AgencyProfile } from "../types";

/** Sở Công Thương Đồng Nai, as its Quý I/2021 report names itself (seed L1–L11, L1710–L1749). */
export const sctDongNai: AgencyProfile = {
  id: "sct-dongnai",
  province: "Đồng Nai",
  parentAgency: "UBND TỈNH ĐỒNG NAI",
  agency: "SỞ CÔNG THƯƠNG",
  agencyName: "Sở Công Thương",
  symbol: "BC-SCT",
  place: "Đồng Nai",
  addressee: "Ủy ban nhân dân tỉnh",
  reportTo: "UBND tỉnh, Sở Nội vụ",
  // ND 30 writes "KT. BỘ TRƯỞNG", with a space; the seed's "KT.GIÁM ĐỐC" is normalised (template-spec §7 D7).
  signAuthority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "Nguyễn Trí Phương",
  recipients: [
    "UBND tỉnh (B/C);",
    "Văn phòng UBND tỉnh (B/C);",
    "Sở Nội vụ;",
    "Sở Tư pháp;",
    "Ban Lãnh đạo Sở;",
    "Các phòng, đơn vị thuộc Sở;",
  ],
  archive: "Lưu: VT, VP (Quân).",
};
