import type { Section } from "../../types";
import { block, bullet, p, section, table } from "./build";
import { sectionII2 } from "./partII2";
import { sectionII5 } from "./partII5";
import { sectionII6 } from "./partII6";

/** II. Results of CCHC and TTHC-control work (seed L328–L1461): the six work areas II.1–II.6. */
export const partII: Section = section({
  id: "II",
  number: "II.",
  numbering: "roman",
  heading: "KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC, KIỂM SOÁT TTHC",
  en: "Results of CCHC and TTHC-control work",
  children: [
    section({
      id: "II.1",
      number: "1.",
      numbering: "arabic",
      heading: "Ban hành, rà soát và tổ chức thực hiện văn bản quy phạm pháp luật",
      en: "Issuing, reviewing and implementing legal normative documents (institutional reform)",
      body: [
        p(
          "Sở Công Thương đã xây dựng Kế hoạch số 20/KH-SCT ngày 04/01/2021 triển khai thực hiện công tác xây dựng, kiểm tra, xử lý và rà soát văn bản quy phạm pháp luật của Sở Công Thương năm 2021. Trong đó tập trung thực hiện một số nội dung chính như sau:",
        ),
        bullet(
          "-",
          "Đăng ký chủ trì soạn thảo {fig:II.1.vbqpplDraftsRegistered} văn bản quy phạm pháp luật thuộc thẩm quyền ban hành của HĐND & UBND tỉnh thuộc các lĩnh vực như: (1) Đấu thầu quản lý và khai thác chợ trên địa bàn tỉnh Đồng Nai; (2) Quản lý và thực hiện Chương trình phát triển thương mại điện tử trên địa bàn tỉnh; (3) Quy chế quản lý, hoạt động vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh; (4) Sửa đổi, bổ sung một số điều của Quyết định số 45/2019/QĐ-UBND của UBND tỉnh; (5) Tiêu chí lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp; (6) Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh; (7) Chương trình hỗ trợ đầu tư phát triển cụm công nghiệp trên địa bàn tỉnh giai đoạn 2021-2025;",
        ),
        bullet(
          "-",
          "Xây dựng, ban hành văn bản pháp luật có liên quan đến cải cách hành chính, nhất là quy định liên quan đến người dân và doanh nghiệp, bảo đảm sự cần thiết, tính hợp lý, hợp pháp và tạo thuận lợi hơn cho người dân, doanh nghiệp;",
        ),
        bullet(
          "-",
          "Tăng cường kiểm tra, rà soát, kiểm tra văn bản pháp luật về cải cách hành chính, thủ tục hành chính, quy định hành chính; Kịp thời phát hiện những quy định chưa phù hợp, chưa đúng tinh thần cải cách hành chính, sửa đổi hoặc kiến nghị sửa đổi, bổ sung hoặc ban hành văn bản mới phù hợp, tạo thuận lợi hơn cho người dân, doanh nghiệp.",
        ),
      ],
    }),
    sectionII2,
    section({
      id: "II.3",
      number: "3.",
      numbering: "arabic",
      heading: "Cải cách tổ chức bộ máy hành chính nhà nước",
      en: "Reform of the state administrative apparatus",
      children: [
        section({
          id: "II.3.a",
          number: "a)",
          numbering: "letter",
          heading: "Rà soát vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, biên chế",
          en: "Review of positions, functions, structure and staffing",
          body: [
            bullet("-", "Hiện nay công tác tổ chức bộ máy của Sở Công Thương như sau:"),
            table("T3"),
            bullet(
              "-",
              "Thực hiện biên chế công chức, số lượng người làm việc thuộc khối Văn phòng Sở, các đơn vị sự nghiệp thuộc Sở và hợp đồng lao động được giao.",
            ),
            p(
              "Việc tuyển dụng, sử dụng, quản lý công chức, viên chức, người lao động Sở Công Thương được thực hiện theo đúng chức năng, nhiệm vụ chuyên môn nghiệp vụ, sở trường công tác và đảm bảo cơ cấu, tiêu chuẩn theo bản mô tả công việc và khung năng lực của từng vị trí, việc làm đã được UBND tỉnh phê duyệt tại Quyết định số 506/QĐ-UBND ngày 18/02/2019. Cụ thể:",
            ),
            table("T4"),
          ],
          children: [
            block({
              id: "II.3.a#quyche",
              title: {
                vi: "Tình hình thực hiện quy chế làm việc",
                en: "Application of the department's work rules",
              },
              body: [
                bullet("-", "Tình hình triển khai thực hiện quy chế làm việc của Sở Công Thương"),
                p(
                  "Ngày 24/02/2020, Sở Công Thương ban hành Quyết định số 22/QĐ-SCT ban hành Quy chế làm việc của Sở Công Thương Đồng Nai; Trong {per:labelSlash}, tập thể cán bộ, công chức, viên chức, người lao động Sở Công Thương chấp hành tốt các nội quy, quy chế của cơ quan, thực hiện quy chế dân chủ cơ sở, đạo đức công vụ, quy tắc ứng xử, kỷ cương hành chính, văn hóa công sở cơ quan.",
                ),
                // The figure wraps "không có cán bộ, công chức, viên chức, người lao động nào vi phạm" (its zero wording).
                p(
                  "Trong {per:labelSlash}, Sở Công Thương {fig:II.3.a.workRuleViolations} Quy chế làm việc cơ quan.",
                ),
              ],
            }),
          ],
        }),
        section({
          id: "II.3.b",
          number: "b)",
          numbering: "letter",
          heading:
            "Thực hiện tinh giản biên chế theo Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 của Chính phủ",
          en: "Staff downsizing under Decree 108/2014",
          body: [table("T5")],
        }),
      ],
    }),
    section({
      id: "II.4",
      number: "4.",
      numbering: "arabic",
      heading: "Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      en: "Building and improving the civil-service workforce",
      children: [
        section({
          id: "II.4.a",
          number: "a)",
          numbering: "letter",
          heading: "Thực hiện các quy định về quản lý cán bộ, công chức, viên chức",
          en: "Application of personnel-management rules",
          body: [bullet("-", "Thực hiện các quy định quản lý cán bộ, công chức, viên chức:"), table("T6")],
        }),
        section({
          id: "II.4.b",
          number: "b)",
          numbering: "letter",
          heading:
            "Về công tác đào tạo, bồi dưỡng cán bộ, công chức: Kết quả thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức:",
          en: "Training and retraining results",
          body: [
            p(
              "Thực hiện Kế hoạch số 5068/KH-UBND ngày 31/12/2020 của UBND tỉnh về việc đào tạo, bồi dưỡng CBCCVC và CBCC cấp xã cho hệ thống chính trị tỉnh năm 2020; Kế hoạch số 5067/QĐ-UBND ngày 31/12/2020 của UBND tỉnh về ban hành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh Đồng Nai giai đoạn 2021 - 2025, Sở Công Thương đã ban hành Kế hoạch số 554/KH-SCT ngày 29/01/2021 về đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2021 của Sở Công Thương Đồng Nai và Kế hoạch số 550/KH-SCT ngày 29/1/2021 về đào tạo, bồi dưỡng cán bộ, công chức, viên chức của Sở Công Thương Đồng Nai giai đoạn 2021-2025, mục đích nhằm đào tạo và phát triển nguồn nhân lực của Sở đủ về số lượng, chất lượng hiệu quả, có đủ bản lĩnh chính trị vững vàng, tinh thông nghiệp vụ, đủ phẩm chất, trình độ và năng lực công tác, đáp ứng yêu cầu phục vụ nhân dân, góp phần thúc đẩy quá trình công nghiệp hóa, hiện đại hóa và hội nhập quốc tế trong thời kỳ mới, đẩy mạnh CCHC theo hướng xây dựng nền hành chính hiện đại.",
            ),
            table("T7"),
          ],
        }),
      ],
    }),
    sectionII5,
    sectionII6,
  ],
});
