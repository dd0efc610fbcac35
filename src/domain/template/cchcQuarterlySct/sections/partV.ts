import type { Section } from "../../types";
import { p, section } from "./build";

/** V. Proposals and recommendations (seed L1684–L1708). */
export const partV: Section = section({
  id: "V",
  number: "V.",
  numbering: "roman",
  heading: "ĐỀ XUẤT, KIẾN NGHỊ",
  en: "Proposals and recommendations",
  children: [
    section({
      id: "V.1",
      number: "1.",
      numbering: "arabic",
      heading: "Đối với UBND tỉnh",
      en: "To the Provincial People's Committee",
      body: [
        p(
          "Kiến nghị UBND tỉnh chỉ đạo Sở Thông tin và Truyền thông cấu hình biểu mẫu tổng hợp trên hệ thống Egov tương tự như biểu mẫu số 06/VPCP/KSTT/KTTH để các sở, ngành có số liệu tổng hợp báo cáo UBND tỉnh và Văn phòng Chính phủ.",
        ),
      ],
    }),
    section({
      id: "V.2",
      number: "2.",
      numbering: "arabic",
      heading: "Đối với Chính phủ và các Bộ, ngành",
      en: "To the Government and ministries",
      body: [
        p(
          "Kiến nghị Chính phủ và các Bộ, ngành đẩy mạnh việc rà soát, đơn giản hóa các quy trình thời gian các bước thực hiện TTHC, hồ sơ TTHC để đảm bảo phù hợp với thực tế triển khai ứng dụng công nghệ thông tin trong giải quyết TTHC.",
        ),
        p(
          "Trong đó, kiến nghị các Bộ, ngành được giao xây dựng văn bản quy định về TTHC có trách nhiệm nghiên cứu xây dựng dịch vụ công trực tuyến mức độ 3 và mức độ 4 để áp dụng chung trong cả nước nhằm bảo đảm tính thống nhất, hiệu quả, tránh chồng chéo, lãng phí.",
        ),
      ],
    }),
  ],
});
