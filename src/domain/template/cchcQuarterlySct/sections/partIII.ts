import type { Section } from "../../types";
import { bullet, p, runIn, section } from "./build";

/** III. General assessment (seed L1463–L1572). */
export const partIII: Section = section({
  id: "III",
  number: "III.",
  numbering: "roman",
  heading: "ĐÁNH GIÁ CHUNG",
  en: "General assessment",
  children: [
    runIn({
      id: "III.1",
      number: "1.",
      numbering: "arabic",
      title: { vi: "Đánh giá chung kết quả trong kỳ", en: "Overall assessment" },
      body: [
        p(
          "Trong {per:label}, Sở Công Thương đã bám sát các mục tiêu, nhiệm vụ, chỉ đạo của UBND tỉnh về công tác CCHC; kiểm soát, đơn giản hóa quy định TTHC; Thông tin tuyên truyền CCHC và kiểm soát TTHC; Ứng dụng CNTT trong CCHC, từ đó Sở Công Thương đã cụ thể hóa bằng các kế hoạch, mục tiêu, nhiệm vụ cụ thể đảm bảo phù hợp với đặc điểm, tình hình thực tế của ngành Công Thương.",
        ),
        bullet(
          "-",
          "Công tác kiểm tra, kiểm soát, giải quyết hồ sơ liên quan đến các TTHC được Sở Công Thương đặc biệt quan tâm chỉ đạo sâu sát, thường xuyên; Kết quả tỷ lệ giải quyết hồ sơ TTHC của Sở Công Thương trong {per:label} luôn đạt ở mức cao {fig:II.2.2.1.onTimeRatePct} đúng và trước hạn (số liệu tính {per:dataRange});",
        ),
        bullet(
          "-",
          "Đặc biệt trong {per:label}, Sở Công Thương tiếp tục triển khai đẩy mạnh việc ứng dụng công nghệ thông tin trong công tác CCHC, cụ thể: Tiếp tục duy trì sử dụng phần mềm Quản lý văn bản và điều hành công việc VNPT IOFFICE của VNPT Đồng Nai đảm bảo chức năng, tính năng kỹ thuật, các quy trình nghiệp vụ theo quy định tại Quyết định số 28/QĐ-TTg của Thủ tướng Chính phủ; Duy trì ứng dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 vào quá trình giải quyết thủ tục hành chính, cung cấp dịch vụ hành chính công tại Sở Công Thương; Đảm bảo {fig:I.1.leadersUsingDigitalCertPct} Ban Lãnh đạo Sở, cán bộ chủ chốt thuộc các phòng, đơn vị thuộc Sở triển khai ứng dụng chứng thư số, chữ ký số của Ban Cơ yếu Chính phủ vào việc số hóa văn bản và gửi nhận văn bản trên môi trường mạng qua hệ thống trục liên thông của tỉnh; {fig:I.1.outgoingDocsDigitallySignedPct} văn bản đi của Sở Công Thương hiện nay được ứng dụng chữ ký số trong xác thực văn bản điện tử (trừ văn bản Mật, văn bản đính kèm nội dung Mật).",
        ),
      ],
    }),
    section({
      id: "III.2",
      number: "2.",
      numbering: "arabic",
      heading: "Những mặt tích cực",
      en: "Positive aspects",
      body: [
        p(
          "Trong {per:labelDash}, Sở Công Thương đã tích cực chỉ đạo triển khai các nhiệm vụ liên quan đến công tác CCHC theo chỉ đạo của UBND tỉnh, Sở Nội vụ, cụ thể:",
        ),
        bullet(
          "-",
          "Kịp thời xây dựng các kế hoạch triển khai thực hiện nhiệm vụ CCHC, kiểm soát TTHC trong năm 2021; Tăng cường cải cách TTHC, ứng dụng công nghệ thông tin, nâng cao mức độ hài lòng của người dân và doanh nghiệp trong giải quyết TTHC;",
        ),
        bullet(
          "-",
          "Tiếp tục tập trung chỉ đạo rà soát các vướng mắc, khó khăn trong triển khai công tác cải cách hành chính và tích cực phối hợp xử lý tháo gỡ các vướng mắc, khó khăn của các cá nhân, tổ chức, doanh nghiệp trong thực hiện thủ tục hành chính;",
        ),
        bullet(
          "-",
          "Việc ứng dụng công nghệ thông tin trong công tác chỉ đạo, điều hành, tiếp nhận, giải quyết thủ tục hành chính được quan tâm và thực hiện có chuyển biến tích cực; các phòng, đơn vị thuộc Sở đẩy mạnh trao đổi văn bản điện tử qua phần mềm Quản lý văn bản và điều hành, giảm các văn bản giấy tờ không cần thiết;",
        ),
        bullet(
          "-",
          "Sổ sách theo dõi công việc của Bộ phận một cửa được thống kê, cập nhật thường xuyên và kịp thời; Công tác phối hợp giữa bộ phận một cửa với các phòng chuyên môn thuộc Sở trong giải quyết hồ sơ được triển khai đồng bộ, hiệu quả;",
        ),
        bullet(
          "-",
          "Công tác tổ chức bộ máy, quản lý, đào tạo, luân chuyển, bổ nhiệm… công chức, viên chức Sở Công Thương được thực hiện theo đúng chức năng, nhiệm vụ chuyên môn và theo từng vị trí, việc làm cụ thể.",
        ),
      ],
    }),
    section({
      id: "III.3",
      number: "3.",
      numbering: "arabic",
      heading: "Những tồn tại, hạn chế và nguyên nhân",
      en: "Shortcomings, limitations and causes",
      body: [
        p(
          "Mặc dù đã đạt những kết quả nhất định, tuy nhiên công tác CCHC của Sở vẫn còn một số tồn tại sau:",
        ),
      ],
      children: [
        runIn({
          id: "III.3.t1",
          number: "- Thứ nhất:",
          numbering: "ordinal",
          title: { vi: "Hồ sơ giải quyết chậm", en: "First: files resolved late" },
          body: [
            // The seed reads "Trong Quý I năm 2020" here (template-spec §7 B2): the slot prints the report's period.
            p(
              "Trong {per:label}, Sở Công Thương có {fig:II.2.2.2.c.lateFilesCount} hồ sơ giải quyết chậm so với quy định; Nguyên nhân do Chuyên viên xử lý không thường xuyên theo dõi hồ sơ liên thông với Văn phòng UBND tỉnh;",
            ),
          ],
        }),
        runIn({
          id: "III.3.t2",
          number: "- Thứ hai:",
          numbering: "ordinal",
          title: {
            vi: "Hệ thống quản lý văn bản mới triển khai",
            en: "Second: the new document-management system",
          },
          body: [
            p(
              "Việc áp dụng hệ thống quản lý văn bản và điều hành VNPT Ioffice mới triển khai nên vẫn còn một số bất cập, hạn chế cần phải được điều chỉnh, khắc phục trong thời gian tới;",
            ),
          ],
        }),
        runIn({
          id: "III.3.t3",
          number: "- Thứ ba:",
          numbering: "ordinal",
          title: {
            vi: "Định mức kinh tế - kỹ thuật còn chậm",
            en: "Third: economic-technical norms behind schedule",
          },
          body: [
            p(
              "Việc xây dựng định mức kinh tế - kỹ thuật cho các danh mục dịch vụ sự nghiệp công sử dụng ngân sách của Trung tâm Khuyến công và Tư vấn phát triển công nghiệp triển khai còn chậm so với yêu cầu. Nguyên nhân do chưa có hướng dẫn cụ thể của cấp có thẩm quyền.",
            ),
          ],
        }),
      ],
    }),
  ],
});
