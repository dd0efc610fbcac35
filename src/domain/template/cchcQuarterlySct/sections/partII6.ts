import type { Section } from "../../types";
import { block, bullet, p, section, table } from "./build";

/** II.6 Administrative modernisation (seed L1227–L1461): T9, T10, T11. */
export const sectionII6: Section = section({
  id: "II.6",
  number: "6.",
  numbering: "arabic",
  heading: "Hiện đại hóa hành chính",
  en: "Administrative modernisation",
  body: [
    p(
      "Sở Công Thương đẩy mạnh việc về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển chính quyền số và bảo đảm an toàn thông tin mạng tại Sở Công Thương năm 2021; Bước đầu, tập trung đẩy mạnh công tác CCHC gắn liền với tăng cường ứng dụng công nghệ thông tin trong quản lý điều hành của Sở, qua đó triển khai tập huấn cho {fig:II.6.staffTrainedOnDocSoftwarePct} CBCCVC sử dụng thành thạo phẩn mềm Quản lý văn bản và điều hành công việc để xử lý công việc trên môi trường mạng.",
    ),
  ],
  children: [
    section({
      id: "II.6.a",
      number: "a)",
      numbering: "letter",
      heading:
        "Ứng dụng CNTT trong hoạt động của Sở Công Thương: Kết quả triển khai kế hoạch ứng dụng CNTT theo mục tiêu định hướng của tỉnh, cụ thể:",
      en: "IT application in the department",
      body: [
        bullet(
          "-",
          "Số lượng máy tính đảm bảo trang bị cho {fig:II.6.a.pcCoveragePct} cán bộ, công chức, viên chức; {fig:II.6.a.lanCoveragePct} các phòng, đơn vị thuộc Sở đã có hệ thống mạng nội bộ để truy cập, tra cứu thông tin, trao đổi, lưu trữ văn bản;",
        ),
        bullet(
          "-",
          "Về sử dụng phần mềm quản lý, điều hành văn bản: Sở Công Thương tiếp tục duy trì sử dụng phần mềm Quản lý văn bản và điều hành công việc VNPT IOFFICE của VNPT Đồng Nai; Mục đích nhằm đảm bảo chức năng, tính năng kỹ thuật, các quy trình nghiệp vụ theo quy định tại Quyết định số 28/QĐ-TTg của Thủ tướng Chính phủ; Thông tư số 02/TT-BNV của Bộ Nội vụ; Nghị định số 30/2020/NĐ-CP của Chính phủ (tích hợp được lưu trữ cơ quan với lưu trữ của Cục Văn thư lưu trữ tỉnh); Tích hợp ký điện tử với việc sử dụng chữ ký số, chứng thư số để phục vụ công tác chỉ đạo, điều hành lập hồ sơ công việc trên phần mềm; Đẩy mạnh thực hiện chữ ký số văn bản điện tử trong hoạt động nhà nước trên địa bàn tỉnh (hướng tới toàn quốc) tạo tiền đề cho Sở Công Thương đẩy nhanh tiến độ phát triển chính quyền điện tử theo kế hoạch.",
        ),
      ],
      children: [
        block({
          id: "II.6.a#phanmem",
          title: {
            vi: "Kết quả sử dụng phần mềm quản lý văn bản - điều hành công việc",
            en: "Use of the document-management software",
          },
          body: [
            bullet(
              "-",
              "Kết quả sử dụng phần mềm quản lý văn bản - điều hành công việc để xử lý, giải quyết công việc (số liệu tính đến ngày {per:asOf}):",
            ),
            table("T9"),
          ],
        }),
        block({
          id: "II.6.a#chukyso",
          title: {
            vi: "Kết quả ứng dụng chữ ký số, chứng thư số",
            en: "Use of digital signatures and certificates",
          },
          body: [
            bullet(
              "-",
              "Kết quả ứng dụng chữ ký số, chứng thư số để xác thực văn bản điện tử trên phần mềm quản lý văn bản - điều hành công việc và phần mềm một cửa điện tử để giải quyết hồ sơ hành chính cho người dân, doanh nghiệp:",
            ),
            table("T10"),
            // The seed's "02/3/2021" here and "02/03/2021" above are one as-of date; the slot writes it one way.
            bullet(
              "-",
              "Kết quả áp dụng chữ ký số: Để hạn chế giấy tờ, bắt đầu từ ngày 01/3/2019 Sở Công Thương đã áp dụng chữ ký số đối với tất cả các văn bản hành chính thông thường (trừ văn bản Mật); Văn bản gửi đến các đơn vị đã đáp ứng điều kiện, kỹ thuật liên thông gửi, nhận văn bản điện tử; Văn bản điện tử đã bao gồm chữ ký số, bảo đảm tính xác thực theo quy định pháp luật; Tính đến ngày {per:asOf}, Sở Công Thương đã thực hiện áp dụng chữ ký số được {fig:II.6.a.signedOutgoingDocs} văn bản đi các loại (đạt hiệu quả {fig:II.6.a.signedOutgoingPct}).",
            ),
          ],
        }),
      ],
    }),
    section({
      id: "II.6.b",
      number: "b)",
      numbering: "letter",
      heading: "Chất lượng trang thông tin điện tử của đơn vị, cụ thể:",
      en: "Quality of the unit's website",
      body: [table("T11")],
    }),
    section({
      id: "II.6.c",
      number: "c)",
      numbering: "letter",
      heading:
        "Triển khai Hệ thống quản lý chất lượng ISO điện tử trên cơ sở ứng dụng CNTT sử dụng các phần mềm hiện có kết hợp với các ưu điểm của Hệ thống quản lý chất lượng trong hoạt động của Sở Công Thương",
      en: "Electronic ISO quality-management system",
      body: [
        bullet(
          "-",
          "Sở Công Thương duy trì ứng dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 vào quá trình giải quyết thủ tục hành chính, xử lý công việc hàng ngày tại Kế hoạch số 907/KH-SCT ngày 26/02/2021 về duy trì, cải tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Công Thương năm 2021 nhằm tạo môi trường làm việc khoa học, hiệu quả, chất lượng đáp ứng được nhu cầu hướng đến thực hiện Chính phủ điện tử mà tỉnh đề ra; Các hồ sơ, tài liệu về ISO được Sở Công Thương đăng tải trên cổng thông tin điện tử của Sở để thuận tiện cho việc tra cứu, sử dụng;",
        ),
        bullet(
          "-",
          "Sở Công Thương thường xuyên duy trì việc kiểm soát, đánh giá nội bộ để kịp thời chấn chỉnh trong chỉ đạo, điều hành góp phần nâng cao hiệu quả quản lý, kiểm soát quá trình giải quyết công việc nội bộ, hỗ trợ tích cực trong công tác CCHC, kiểm soát TTHC;",
        ),
        bullet(
          "-",
          "Hiện nay, Sở Công Thương đã áp dụng tiếp nhận hồ sơ cấp phép qua mạng trên phần mềm Egov đối với {fig:II.6.c.egovOnlineProcs} (giảm {fig:II.6.c.procReductionVsPrevYear} thủ tục so với năm {per:prevYear} theo Quyết định số 545/QĐ-UBND ngày 09/02/2021 của UBND tỉnh) thủ tục hành chính (đạt {fig:II.6.c.egovOnlinePct}); Thực hiện dịch vụ tin nhắn SMS và chuyển phát kết quả về tận nhà cho khách hàng qua đường bưu điện đối với các thủ tục hành chính thuộc Sở, đồng thời triển khai thực hiện thỏa thuận hợp tác cung cấp dịch vụ thu, nộp hộ tiền phạt vi phạm hành chính trong lĩnh vực điện qua hệ thống bưu điện.",
        ),
      ],
    }),
  ],
});
