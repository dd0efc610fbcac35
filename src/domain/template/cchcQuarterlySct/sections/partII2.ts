import type { Section } from "../../types";
import { block, bullet, p, runIn, section, table } from "./build";

/** II.2 Administrative-procedure reform (seed L374–L743): T1 and T2. */
export const sectionII2: Section = section({
  id: "II.2",
  number: "2.",
  numbering: "arabic",
  heading: "Cải cách thủ tục hành chính",
  en: "Administrative-procedure reform",
  children: [
    section({
      id: "II.2.1",
      number: "2.1.",
      numbering: "decimal",
      heading: "Công tác công khai TTHC và đơn giản hóa TTHC",
      en: "Publicising and simplifying administrative procedures",
      children: [
        runIn({
          id: "II.2.1.a",
          number: "a)",
          numbering: "letter",
          title: {
            vi: "Bộ TTHC được ban hành trong kỳ; liên thông TTHC",
            en: "Procedure sets issued this period (form 03b) + inter-agency (“liên thông”) procedures",
          },
          body: [
            p(
              "Trong {per:labelSlash}, Sở Công Thương đã tham mưu trình UBND ban hành {fig:II.2.1.a.procSetDecisionsCount} Quyết định về Bộ TTHC; sửa đổi, bổ sung, bãi bỏ TTHC theo Quyết định số 545/QĐ-UBND ngày 09/02/2021 của UBND tỉnh; Kết quả tổng hợp theo biểu mẫu số 03b/VPCP/KSTT ban hành kèm theo Thông tư số 02/2017/TT-VPCP (file đính kèm).",
            ),
          ],
          children: [
            block({
              id: "II.2.1.a#lienthong",
              title: {
                vi: "Tình hình thực hiện liên thông thủ tục hành chính",
                en: "Inter-agency (“liên thông”) procedures",
              },
              body: [bullet("-", "Báo cáo tình hình thực hiện liên thông thủ tục hành chính:"), table("T1")],
            }),
          ],
        }),
        section({
          id: "II.2.1.b",
          number: "b)",
          numbering: "letter",
          heading: "Đánh giá việc thực hiện nhiệm vụ rà soát, đề xuất phương án đơn giản hóa TTHC",
          en: "Assessment of review / simplification proposals",
          body: [
            bullet(
              "-",
              "Sở Công Thương đã tham mưu công tác đơn giản hóa TTHC và đã được UBND tỉnh ban hành tại Quyết định số 3441/QĐ-UBND ngày 15/9/2020 về việc thông qua Phương án đơn giản hóa các quy định hành chính, TTHC thuộc thẩm quyền giải quyết của UBND tỉnh Đồng Nai (Trong đó có {fig:II.2.1.b.simplifiedProcCount} TTHC ngành công thương được đơn giản hóa); Thực hiện chỉ đạo của UBND tỉnh Đồng Nai tại Công văn số 483/UBND-KGVX ngày 13/01/2021 về việc tham mưu kiến nghị thực hiện phân cấp quản lý nhà nước; Trong đó, giao Sở Công Thương tham mưu UBND tỉnh kiến nghị Bộ Công Thương thực hiện đánh giá tác động chính sách làm cơ sở đề xuất điều chỉnh, sửa đổi Nghị định số 79/2014/NĐ-CP ngày 31/7/2014 của Chính phủ nhằm đơn giản hóa thủ tục hành chính đối với thủ tục cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai;",
            ),
            bullet(
              "-",
              "Thông qua việc đơn giản hóa các TTHC nhằm loại bỏ các thủ TTHC rườm rà, không cần thiết, cắt giảm đáng kể chi phí trong thực hiện các TTHC cho người dân và doanh nghiệp, góp phần xây dựng một nền hành chính dân chủ, chuyên nghiệp, hiệu quả và có hiệu suất cao;",
            ),
            bullet(
              "-",
              "Việc giải quyết các TTHC được Sở Công Thương thực hiện theo nguyên tắc nhanh gọn, thuận tiện, không gây phiền hà cho người dân và doanh nghiệp; Đặc biệt, có biện pháp xử lý nghiêm những công chức tùy tiện đặt ra các quy định trái pháp luật, trái thẩm quyền, gây khó khăn, phiền hà cho người dân, doanh nghiệp; Kết quả tổng hợp theo biểu số 04b/VPCP/KSTT ban hành kèm theo Thông tư số 02/2017/TT-VPCP (file đính kèm).",
            ),
          ],
        }),
      ],
    }),
    section({
      id: "II.2.2",
      number: "2.2.",
      numbering: "decimal",
      heading: "Thực hiện cơ chế một cửa, một cửa liên thông",
      en: "One-stop-shop and inter-agency one-stop mechanism",
      children: [
        section({
          id: "II.2.2.1",
          number: "2.2.1.",
          numbering: "decimal",
          heading: "Tổ chức hoạt động bộ phận một cửa",
          en: "Organisation of the one-stop unit",
          body: [
            bullet(
              "-",
              "Trong năm 2020, Sở Công Thương đã kiện toàn nhân sự thực hiện tiếp nhận hồ sơ, trả kết quả tại Trung tâm Hành chính công tỉnh tại Quyết định số 359/QĐ-SCT ngày 22/12/2020 (Trong đó có {fig:II.2.2.1.oneStopStaffMain} nhân sự chính và {fig:II.2.2.1.oneStopStaffBackup} nhân sự dự phòng).",
            ),
            bullet(
              "-",
              "“Bộ phận Một cửa” Sở Công Thương luôn phối hợp chặt chẽ với các phòng chuyên môn trực thuộc Sở trong quá trình xử lý hồ sơ đạt {fig:II.2.2.1.onTimeRatePct} đúng và trước hạn (số liệu tính {per:dataRange}); Liên tục cải tiến quy trình giải quyết hồ sơ theo hướng nhanh gọn, đơn giản, đảm bảo đúng quy định của pháp luật, đáp ứng nhu cầu và lợi ích chính đáng của cá nhân, tổ chức, doanh nghiệp trên địa bàn tỉnh.",
            ),
          ],
        }),
        section({
          id: "II.2.2.2",
          number: "2.2.2.",
          numbering: "decimal",
          heading: "Công tác giải quyết thủ tục hành chính",
          en: "Handling of administrative procedures",
          children: [
            section({
              id: "II.2.2.2.a",
              number: "a)",
              numbering: "letter",
              heading:
                "Kết quả triển khai dịch vụ công trực tuyến mức độ 3, 4 theo lộ trình trong kế hoạch CCHC và các chỉ đạo của tỉnh (số liệu tính {per:dataRange})",
              en: "Results of level-3/4 online public services (data window in the heading)",
              body: [table("T2")],
            }),
            runIn({
              id: "II.2.2.2.b",
              number: "b)",
              numbering: "letter",
              title: {
                vi: "Kết quả giải quyết TTHC theo cơ chế một cửa và qua dịch vụ bưu chính công ích",
                en: "One-stop & postal-service results (form 06a)",
              },
              body: [
                p(
                  "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ và Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ, thời gian qua việc giải quyết TTHC theo cơ chế một cửa, một cửa liên thông và tiếp nhận hồ sơ, giải quyết TTHC qua dịch vụ bưu chính công ích ngành công thương đã đạt được nhiều kết quả tích cực; Đến nay, việc tiếp nhận hồ sơ, trao đổi thông tin và kết quả giải quyết TTHC phần lớn đều được thực hiện chủ yếu qua hình thức Dịch vụ công trực tuyến và Dịch vụ bưu chính công ích góp phần số hóa hồ sơ, kết quả giải quyết TTHC, nâng cao tỷ lệ giải quyết hồ sơ TTHC tại chỗ, rút ngắn thời gian, đồng thời cho phép người dân thực hiện gửi nhận dịch vụ hành chính công trực tuyến, trong đó có nhiều TTHC có thể thực hiện dịch vụ công trực tuyến mức độ 3, 4, đảm bảo trùng khớp dữ liệu TTHC giữa Cổng Dịch vụ công Quốc gia và Cổng Dịch vụ công của tỉnh; Kết quả tổng hợp theo biểu mẫu số 06a/VPCP/KSTT/KTTH ban hành kèm theo Thông tư số 02/2017/TT-VPCP (file đính kèm).",
                ),
              ],
            }),
            section({
              id: "II.2.2.2.c",
              number: "c)",
              numbering: "letter",
              heading: "Nguyên nhân, trách nhiệm đối với các hồ sơ TTHC giải quyết trễ hạn",
              en: "Causes of / responsibility for overdue files (form 06g)",
              body: [
                // The seed reads "Trong Quí I/2020" here (template-spec §7 B1): the slot prints the report's period.
                p(
                  "Trong {per:labelSlash} có {fig:II.2.2.2.c.lateFilesCount} hồ sơ bị trễ hạn, nguyên nhân là do Chuyên viên xử lý hồ sơ không thường xuyên kiểm tra, theo dõi thời hạn xử lý hồ sơ; Sở Công Thương sẽ chấn chỉnh, hạn chế đến mức thấp nhất tình trạng này; Kết quả thực hiện theo biểu mẫu số 06g/VPCP/KSTT/KTTH ban hành kèm theo Thông tư số 02/2017/TT-VPCP (file đính kèm).",
                ),
              ],
            }),
          ],
        }),
      ],
    }),
    section({
      id: "II.2.3",
      number: "2.3.",
      numbering: "decimal",
      heading:
        "Kết quả triển khai các giải pháp nâng cao hiệu quả thực hiện cơ chế một cửa, cơ chế một cửa liên thông",
      en: "Measures to improve the one-stop mechanisms",
      body: [
        bullet(
          "-",
          "Sở Công Thương đã xây dựng quy trình “Một cửa liên thông” giữa cơ quan nhà nước và ngành Điện, ngành Văn hóa - Thể thao và Du lịch, ngành Công an; Quy trình đã được UBND tỉnh phê duyệt, ban hành kèm theo các Quyết định trên địa bàn tỉnh theo cơ chế một cửa liên thông;",
        ),
        bullet(
          "-",
          "Tiếp tục triển khai và tiếp nhận hồ sơ trên Cổng dịch vụ công Quốc gia đối với {fig:II.2.3.nationalPortalProcCount} thủ tục: Thông báo hoạt động khuyến mại và Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại thuộc thẩm quyền quản lý của Bộ Công Thương; Tính đến thời điểm báo cáo, Sở Công Thương thực hiện đạt {fig:II.2.3.level4OnlinePct} hồ sơ giải quyết trực tuyến mức độ 4 đối với {fig:II.2.3.nationalPortalProcCount} thủ tục này;",
        ),
        bullet(
          "-",
          "Đề xuất phương án tiếp nhận hồ sơ và trả kết quả thủ tục hành chính trong tình hình dịch COVID-19 đang diễn biến phức tạp.",
        ),
      ],
    }),
    section({
      id: "II.2.4",
      number: "2.4.",
      numbering: "decimal",
      heading: "Công tác giải quyết phản ánh kiến nghị về giải quyết TTHC",
      en: "Handling citizens' feedback/petitions (PAKN) on procedures",
      body: [
        // The figure wraps the whole phrase "chưa nhận được ý kiến của cá nhân, tổ chức nào" (its zero wording).
        p(
          "Trong {per:labelSlash}, Sở Công Thương {fig:II.2.4.feedbackCount} có liên quan đến các TTHC của Sở và phản ánh về thời gian giải quyết TTHC qua tổng đài 1022; Kết quả thực hiện theo biểu mẫu số 6g/VPCP/KSTT/KTTH ban hành kèm theo Thông tư số 02/2017/TT-VPCP (file đính kèm).",
        ),
      ],
    }),
  ],
});
