import type { Section } from "../../types";
import { block, bullet, p, section } from "./build";

/** I. Direction and management of CCHC and TTHC control (seed L22–L326). */
export const partI: Section = section({
  id: "I",
  number: "I.",
  numbering: "roman",
  heading: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH (CCHC), KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC)",
  en: "Direction and management of administrative reform (CCHC) and administrative-procedure (TTHC) control",
  children: [
    section({
      id: "I.1",
      number: "1.",
      numbering: "arabic",
      heading: "Chỉ đạo, điều hành CCHC, kiểm soát TTHC",
      en: "Directing and managing CCHC and TTHC control",
      body: [
        p(
          "Tiếp tục đẩy mạnh công tác cải cách hành chính theo chỉ đạo của UBND tỉnh tại Kế hoạch số 15965/KH-UBND ngày 29/12/2020 nhằm xây dựng nền hành chính dân chủ, hiện đại, hiệu lực, hiệu quả, có năng lực kiến tạo, minh bạch; bộ máy hành chính tinh gọn, trách nhiệm; đội ngũ cán bộ, công chức, viên chức có phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ.",
        ),
      ],
      children: [
        block({
          id: "I.1#plans",
          title: { vi: "Các kế hoạch CCHC của Sở trong năm", en: "The department's CCHC plans for the year" },
          body: [
            p(
              "Sở Công Thương đã xây dựng các Kế hoạch triển khai thực hiện công tác CCHC trong năm 2021, cụ thể: số 116/KH-SCT ngày 07/01/2021 kiểm soát thủ tục hành chính năm 2021; số 569/KH-SCT ngày 01/02/2021 kế hoạch cải cách hành chính Sở Công Thương Đồng Nai năm 2021; số 682/KH-SCT ngày 05/02/2021 rà soát, đơn giản hóa quy định thủ tục hành chính Sở Công Thương năm 2021; số 740/KH-SCT ngày 09/02/2021 kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính Sở Công Thương Đồng Nai năm 2021; số 818/KH-SCT ngày 22/02/2021 thông tin, tuyên truyền về kiểm soát thủ tục hành chính của Sở Công Thương năm 2021; số 899/KH-SCT ngày 25/02/2021 thông tin, tuyên truyền cải cách hành chính của Sở Công Thương năm 2021.",
            ),
          ],
        }),
        block({
          id: "I.1#priorities",
          title: { vi: "Nhiệm vụ trọng tâm", en: "Priority tasks" },
          body: [
            p(
              "Trong đó xác định một số nhiệm vụ trọng tâm tiếp tục triển khai thực hiện trong năm 2021, cụ thể:",
            ),
            bullet(
              "-",
              "Tăng cường công tác lãnh đạo, chỉ đạo, nâng cao trách nhiệm của người đứng đầu trong quán triệt, triển khai, khắc phục tình trạng giao khoán nhiệm vụ cải cách hành chính cho cấp phó, cho công chức, viên chức tham mưu giúp việc; Nâng cao trách nhiệm giải trình với người dân, doanh nghiệp;",
            ),
            bullet(
              "-",
              "Tiếp tục xây dựng, hoàn thiện hệ thống thể chế của ngành Công Thương đầy đủ, kịp thời, đồng bộ trên tất cả các lĩnh vực; góp phần tạo thuận lợi trong huy động, phân bổ và sử dụng có hiệu quả các nguồn lực phát triển kinh tế - xã hội của tỉnh;",
            ),
            bullet(
              "-",
              "Cải cách mạnh mẽ hơn nữa quy trình giải quyết thủ tục hành chính, mức độ hài lòng của người dân, doanh nghiệp trên cơ sở nâng cao vai trò, hiệu quả hoạt động của Bộ phận Một cửa tại Trung tâm Hành chính công tỉnh; Tăng cường cung cấp dịch vụ công trực tuyến và công tác thông tin tuyên truyền, nâng cao hiệu quả, trách nhiệm phối hợp giữa cơ quan nhà nước với nhau;",
            ),
            bullet(
              "-",
              "Tập trung rà soát, sắp xếp tổ chức bộ máy hành chính nhà nước tinh gọn, hoạt động có hiệu lực, hiệu quả, theo các Nghị định của Chính phủ; Tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập theo Kế hoạch số 177-KH/TU ngày 16/4/2018 của Tỉnh ủy; Thực hiện lộ trình tinh giản biên chế giai đoạn 2015 - 2021 theo lộ trình của Trung ương và địa phương;",
            ),
            bullet(
              "-",
              "Xây dựng đội ngũ cán bộ, công chức, viên chức có phẩm chất, năng lực đáp ứng yêu cầu thực hiện nhiệm vụ của ngành; Nâng cao nhận thức, tư duy chủ động, đổi mới nhất là đội ngũ lãnh đạo quản lý; Nâng cao trách nhiệm công vụ của đội ngũ cán bộ, công chức, viên chức, tập trung đội ngũ tiếp dân, hướng dẫn, tiếp nhận, giải quyết, trả kết quả hồ sơ tại Bộ phận Một cửa;",
            ),
            bullet(
              "-",
              "Thực hiện chuyển đổi cơ chế tài chính đơn vị sự nghiệp công lập theo lộ trình; giảm bình quân {fig:I.1.target.budgetCutPerYearPct}/năm chi trực tiếp ngân sách cho đơn vị sự nghiệp công lập; {fig:I.1.target.ktktNormsPct} lĩnh vực, có đủ điều kiện, ban hành tiêu chuẩn định mức kinh tế kỹ thuật; Cắt giảm {fig:I.1.target.recurrentCostCutPct} chi thường xuyên nhất là dành cho các hoạt động hội họp, văn phòng phẩm;",
            ),
            bullet(
              "-",
              "Đẩy mạnh ứng dụng công nghệ thông tin, tạo bước đột phá trong cải cách hành chính; trong đó tập trung vào đẩy mạnh quá trình chuyển đổi số, hướng đến mục tiêu hoàn thiện chính phủ số; Tạo nền tảng nâng cao hiệu quả hoạt động quản lý nhà nước của ngành, nâng cao chất lượng cung cấp dịch vụ công cho người dân, tổ chức.",
            ),
          ],
        }),
        block({
          id: "I.1#highlights",
          title: { vi: "Những kết quả nổi bật trong kỳ báo cáo", en: "Highlights of the reporting period" },
          body: [
            bullet("-", "Những kết quả nội bật đạt được trong kỳ báo cáo:"),
            bullet(
              "+",
              "Trong {per:label}, Sở Công Thương tiếp tục triển khai đẩy mạnh việc ứng dụng công nghệ thông tin trong công tác CCHC; Dần hoàn thiện phần mềm quản lý, điều hành văn bản mới nhằm đẩy nhanh tiến độ phát triển chính quyền điện tử theo kế hoạch, đồng thời đảm bảo chức năng, tính năng kỹ thuật, các quy trình nghiệp vụ theo quy định tại Quyết định số 28/QĐ-TTg của Thủ tướng Chính phủ, Thông tư số 02/TT-BNV của Bộ Nội vụ.",
            ),
            bullet(
              "+",
              "Luôn đảm bảo {fig:I.1.leadersUsingDigitalCertPct} Ban Lãnh đạo Sở, cán bộ chủ chốt thuộc các phòng, đơn vị thuộc Sở triển khai ứng dụng chứng thư số, chữ ký số của Ban Cơ yếu Chính phủ vào việc số hóa văn bản và gửi nhận văn bản trên môi trường mạng qua hệ thống trục liên thông của tỉnh; {fig:I.1.outgoingDocsDigitallySignedPct} văn bản đi của Sở Công Thương hiện nay được ứng dụng chữ ký số trong xác thực văn bản điện tử (trừ văn bản Mật, văn bản đính kèm nội dung Mật).",
            ),
          ],
        }),
      ],
    }),
    section({
      id: "I.2",
      number: "2.",
      numbering: "arabic",
      heading: "Về thanh tra, kiểm tra CCHC, kiểm soát TTHC",
      en: "Inspection and checks of CCHC / TTHC control",
      children: [
        block({
          id: "I.2#kstthc",
          title: { vi: "Về kiểm soát TTHC", en: "TTHC control" },
          body: [
            bullet(
              "-",
              "Về kiểm soát TTHC: Sở Công Thương xây dựng Kế hoạch số 116/KH-SCT ngày 07/01/2021 kiểm soát TTHC năm 2021, trong đó xác định một số nhiệm vụ trọng tâm như sau:",
            ),
            bullet(
              "+",
              "Cập nhật, bổ sung kịp thời TTHC, văn bản quy phạm pháp luật có quy định về TTHC mới được ban hành hoặc sửa đổi, bổ sung hoặc bị thay thế, bãi bỏ, hủy bỏ thuộc thẩm quyền giải quyết của Sở Công Thương;",
            ),
            bullet(
              "+",
              "Thực hiện việc sửa đổi, bổ sung, thay thế hoặc bãi bỏ, hủy bỏ các văn bản có quy định liên quan đến văn bản của Trung ương ban hành theo Nghị quyết của Chính phủ về việc đơn giản hóa TTHC;",
            ),
            bullet(
              "+",
              "Tổ chức tiếp nhận, kiểm tra, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về các quy định hành chính;",
            ),
            bullet(
              "+",
              "Tổ chức đối thoại trực tiếp giữa lãnh đạo Sở với người dân, doanh nghiệp để giải quyết những vấn đề còn vướng mắc trong quá trình giải quyết TTHC;",
            ),
            bullet(
              "+",
              "Xây dựng kế hoạch rà soát, đơn giản hóa quy định, TTHC trọng tâm năm 2021 của Sở Công Thương. Trên cơ sở đó, xây dựng phương án kiến nghị đơn giản hóa quy định hành chính, TTHC.",
            ),
          ],
        }),
        block({
          id: "I.2#kiemtra",
          title: { vi: "Về kiểm tra CCHC, kiểm soát TTHC", en: "Checks of CCHC and TTHC control" },
          body: [
            bullet(
              "-",
              "Về kiểm tra CCHC, kiểm soát TTHC: Sở Công Thương xây dựng Kế hoạch số 740/KH-SCT ngày 09/02/2021 kiểm tra CCHC, kiểm soát TTHC Sở Công Thương Đồng Nai năm 2021, trong đó xác định một số nội dung kiểm tra chủ yếu cần tập trung thực hiện gồm:",
            ),
            bullet("+", "Kiểm tra công tác lãnh đạo, chỉ đạo về CCHC, kiểm soát TTHC;"),
            bullet(
              "+",
              "Kiểm tra việc triển khai các nhiệm vụ CCHC, kiểm soát TTHC (thực hiện tiếp nhận, luân chuyển, giải quyết, trả kết quả TTHC, dịch vụ công; công khai TTHC, hoàn thiện bộ hồ sơ mẫu; tiếp nhận, giải quyết phản ánh kiến nghị của người dân, doanh nghiệp về quy định hành chính, TTHC);",
            ),
            bullet("+", "Kiểm tra việc ứng dụng công nghệ thông tin vào CCHC;"),
            bullet(
              "+",
              "Kiểm tra tình hình thực hiện công vụ của công chức, viên chức trong quá trình hướng dẫn, tiếp nhận, giải quyết, trả kết quả hồ sơ, nhất là đội ngũ làm việc tại Bộ phận tiếp nhận và trả kết quả của Sở.",
            ),
          ],
        }),
      ],
    }),
    section({
      id: "I.3",
      number: "3.",
      numbering: "arabic",
      heading: "Về công tác tuyên truyền CCHC, kiểm soát TTHC",
      en: "Communication on CCHC / TTHC control",
      children: [
        block({
          id: "I.3#cchc",
          title: { vi: "Về thông tin tuyên truyền CCHC", en: "Communication on CCHC" },
          body: [
            bullet(
              "-",
              "Về thông tin tuyên truyền CCHC: Sở Công Thương xây dựng Kế hoạch số 899/KH-SCT ngày 25/02/2021 thông tin, tuyên truyền CCHC của Sở Công Thương năm 2021, theo đó yêu cầu thường xuyên đổi mới và đa dạng các hình thức tuyên truyền nhằm nâng cao nhận thức của cán bộ, công chức, viên chức ngành công thương, các cá nhân, tổ chức, doanh nghiệp về ý nghĩa, tầm quan trọng của công tác CCHC nhằm tạo sự thống nhất trong việc thực hiện CCHC.",
            ),
            p(
              "Hình thức tuyên truyền: việc tuyên truyền CCHC bằng việc in tờ rơi hướng dẫn cá nhân, tổ chức, doanh nghiệp thực hiện dịch vụ công trực tuyến tại Bộ phận tiếp nhận - Trả kết quả tại Trung tâm Hành chính công tỉnh; Tuyên truyền qua trang thông tin điện tử Website của Sở; Thông qua các lớp tập huấn, hội nghị gặp gỡ đối thoại với các Hiệp hội, doanh nghiệp để trao đổi, tháo gỡ những khó khăn, vướng mắc, kiến nghị của doanh nghiệp, thương nhân trong việc giải quyết TTHC…",
            ),
          ],
        }),
        block({
          id: "I.3#kstthc",
          title: { vi: "Về thông tin tuyên truyền kiểm soát TTHC", en: "Communication on TTHC control" },
          body: [
            bullet(
              "-",
              "Về thông tin tuyên truyền kiểm soát TTHC: Sở Công Thương xây dựng Kế hoạch số 818/KH-SCT ngày 22/02/2021 thông tin, tuyên truyền về kiểm soát TTHC Sở Công Thương năm 2021.",
            ),
            p(
              "Hình thức tuyên truyền: Thông qua các phương tiện thông tin đại chúng như: Báo Đồng Nai, Đài phát thanh - truyền hình Đồng Nai hoặc trang thông tin điện tử của sở; Công khai, minh bạch đầy đủ, rõ ràng, đúng quy định các TTHC tại Trung tâm hành chính công của tỉnh; Bộ phận tiếp nhận và trả kết quả của các địa phương; Tạo điều kiện thuận lợi cho tổ chức, cá nhân tra cứu, cập nhật và tìm hiểu thông tin; Phối hợp với các cơ quan thông tấn, báo chí duy trì việc tuyên truyền về hoạt động kiểm soát TTHC thông qua các tin, bài, phóng sự, phỏng vấn, bài viết, chuyên mục, tuyên truyền về kiểm soát TTHC; Kết hợp với các hình thức tuyên truyền khác như pa nô, áp phích, phát tờ rơi, tờ gấp…",
            ),
          ],
        }),
      ],
    }),
    section({
      id: "I.4",
      number: "4.",
      numbering: "arabic",
      heading: "Vai trò trách nhiệm người đứng đầu đơn vị",
      en: "Role and responsibility of the head of the unit",
      body: [
        p(
          "Trách nhiệm của người đứng đầu đơn vị trong lãnh đạo, chỉ đạo, quán triệt, triển khai, kiểm tra về CCHC, kiểm soát TTHC, được thể hiện cụ thể như sau:",
        ),
        bullet(
          "-",
          "Luôn nêu cao tinh thần, trách nhiệm trong chỉ đạo, điều hành công tác CCHC, kiểm soát THHC, từ đó đã tạo những chuyển biến mạnh mẽ, tích cực, đáp ứng tốt hơn nhu cầu chính đáng của tổ chức, cá nhân, doanh nghiệp và các nhà đầu tư khi giải quyết các TTHC lĩnh vực Công Thương;",
        ),
        bullet(
          "-",
          "Chỉ đạo sát sao, đôn đốc các phòng, đơn vị thuộc Sở thực hiện nghiêm túc nhiệm vụ chuyên môn, nâng cao trách nhiệm phối hợp giữa các phòng, đơn vị có liên quan trong giải quyết TTHC, hằng ngày đều phân công lãnh đạo trực ký duyệt các hồ sơ liên quan đến TTHC kịp thời, không để cho tổ chức, cá nhân phải chờ đợi lâu;",
        ),
        bullet(
          "-",
          "Quy định rõ trách nhiệm của cán bộ, công chức, viên chức trong giải quyết hồ sơ công việc, có hình thức khen thưởng, kỷ luật và xử lý nghiêm những cán bộ, công chức, viên chức có hành vi nhũng nhiễu, gây phiền hà cho tổ chức, cá nhân khi thực thi công vụ, công khai xin lỗi trong giải quyết TTHC, nâng cao văn hóa giao tiếp khi thực thi công vụ;",
        ),
        bullet(
          "-",
          "Chỉ đạo đẩy mạnh việc ứng dụng công nghệ thông tin trong quản lý văn bản, điều hành công việc của Sở với các đơn vị, địa phương với sử dụng phần mềm, gửi, nhận văn bản điện tử thông qua trục liên thông; kết nối với các phần mềm quản lý văn bản theo quy định;",
        ),
        bullet(
          "-",
          "Chỉ đạo các phòng chuyên môn rà soát danh mục các TTHC liên thông giải quyết cho người dân và doanh nghiệp mà cần có sự phối hợp với các sở, ngành, địa phương. Những khó khăn, vướng mắc phối hợp trong việc lấy ý kiến, chuyển hồ sơ… các Sở, ngành và đề xuất thực hiện đơn giản hóa giải quyết TTHC thuộc trách nhiệm của các phòng;",
        ),
        bullet(
          "-",
          "Bộ phận một cửa của Sở Công Thương phối hợp chặt chẽ với các bộ phận liên quan trong quá trình xử lý hồ sơ đảm bảo thời gian đúng theo quy định; Liên tục cải tiến quy trình giải quyết hồ sơ theo hướng nhanh gọn, đơn giản nhưng đảm bảo đúng quy định của pháp luật, để đáp ứng nhu cầu và lợi ích chính đáng của cá nhân, tổ chức, doanh nghiệp trên địa bàn tỉnh;",
        ),
        bullet(
          "-",
          "Chỉ đạo phối hợp với Sở Thông tin và Truyền thông rà soát các tài khoản, cấu hình trên phần mềm Egov để kịp thời điều chỉnh cho phù hợp, đồng thời rà soát các thủ tục đăng ký dịch vụ công trực tuyến để tham mưu, đề xuất Sở Thông tin và Truyền thông cập nhật cấu hình các TTHC mới ban hành kịp thời.",
        ),
      ],
    }),
  ],
});
