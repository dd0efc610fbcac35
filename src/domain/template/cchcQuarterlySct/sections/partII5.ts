import type { Section } from "../../types";
import { block, bullet, p, section, table } from "./build";

/** II.5 Public-finance reform (seed L984–L1225): T8. */
export const sectionII5: Section = section({
  id: "II.5",
  number: "5.",
  numbering: "arabic",
  heading: "Cải cách tài chính công",
  en: "Public-finance reform",
  children: [
    section({
      id: "II.5.a",
      number: "a)",
      numbering: "letter",
      heading:
        "Kết quả thực hiện cơ chế tự chủ theo Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số 117/2013/NĐ-CP; Nghị định số 16/2015/NĐ-CP ngày 24/4/2015, Nghị định số 141/2016/NĐ-CP ngày 10/10/2016; Nghị định số 54/2016/NĐ-CP ngày 14/6/2016.",
      en: "Financial-autonomy mechanism results",
      body: [
        bullet(
          "-",
          "Sở Công Thương luôn chấp hành đúng các quy định về công tác quản lý, sử dụng tài chính hiện hành; Các khoản chi đều bám sát Quy chế chi tiêu nội bộ (Quyết định số 34/QĐ-SCT ngày 20/3/2020), thực hiện nghiêm túc chế độ tự chủ về biên chế và kinh phí quản lý hành chính nên đã góp phần rất lớn trong việc tiết kiệm chi tiêu, đồng thời có nguồn kinh phí tiết kiệm để tăng thu nhập cho CBCC nhằm nâng cao đời sống vật chất, kịp thời động viên, khuyến khích cho CBCC hoàn thành tốt nhiệm vụ được giao.",
        ),
        bullet(
          "-",
          "Thực hiện giao dự toán ngân sách năm 2021, công khai, minh bạch hoạt động tài chính thực hiện theo quy chế dân chủ.",
        ),
        p(
          "Thực hiện Quyết định số 4689/QĐ-UBND ngày 09/12/2020 của UBND tỉnh về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2021 trên địa bàn tỉnh Đồng Nai; Quyết định số 584/QĐ-STC ngày 10/12/2020 của Sở Tài chính về việc giao dự toán thu ngân sách nhà nước, chi ngân sách địa phương tỉnh Đồng Nai năm 2021.",
        ),
        p(
          "Sở Công Thương đã ban hành quyết định số 340/QĐ-SCT ngày 15/12/2020 về việc công bố công khai dự toán thu, chi ngân sách nhà nước năm 2021; Dự toán ngân sách năm 2021 được Sở Công Thương giao cho các đơn vị tại Hội nghị tổng kết ngành công thương, theo đó yêu cầu thực hiện đảm bảo về thời gian quy định, đúng chế độ, tiêu chuẩn, định mức chi ngân sách do cơ quan quản lý nhà nước có thẩm quyền quy định, bảo đảm bố trí đủ kinh phí thực hiện đạt hiệu quả các mục tiêu phát triển kinh tế của ngành (Văn bản số 6024/SCT-KH ngày 16/12/2020 triển khai hướng dẫn thực hiện dự toán năm 2021 và phân bổ dự toán chi ngân sách năm 2021).",
        ),
        bullet(
          "-",
          "Thực hiện có hiệu quả quy định công tác phối hợp quản lý tài chính của ngành Công Thương nhằm nâng cao hiệu quả sử dụng, tính chủ động, quyền hạn và trách nhiệm của những đơn vị trực tiếp quản lý, sử dụng kinh phí và tài sản công thuộc phạm vi quản lý của ngành công thương.",
        ),
        p(
          "Căn cứ Thông tư số 61/2017/TT-BCT ngày 15/6/2017 của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách đối với đơn vị dự toán ngân sách.",
        ),
        bullet(
          "+",
          "Sở Công Thương đã ban hành Quyết định số 345/QĐ-SCT ngày 15/12/2020 về việc giao dự toán thu ngân sách nhà nước, chi ngân sách địa phương tỉnh Đồng Nai năm 2021; Quyết định số 347/QĐ-SCT ngày 16/12/2020 về việc công khai dự toán thu ngân sách nhà nước, chi ngân sách địa phương tỉnh Đồng Nai năm 2021 của cơ quan Sở Công Thương; Thông báo số 6035/TB-SCT ngày 16/12/2020 về việc niêm yết công khai dự toán thu ngân sách nhà nước, chi ngân sách địa phương tỉnh Đồng Nai năm 2021 của cơ quan Sở Công Thương; Văn bản số 12712/UBND-KTNS ngày 22/10/2020 của UBND tỉnh về việc chấp thuận chủ trương thực hiện nhiệm vụ năm 2021 của Sở Công Thương;",
        ),
        bullet(
          "+",
          "Đối với Trung tâm Xúc tiến thương mại: Sở Công Thương đã ban hành Quyết định số 343/QĐ-SCT ngày 15/12/2020 về việc giao dự toán thu ngân sách nhà nước, chi ngân sách địa phương tỉnh Đồng Nai năm 2021;",
        ),
        bullet(
          "+",
          "Đối với Trung tâm Khuyến công và Tư vấn phát triển công nghiệp: Sở Công Thương đã ban hành Quyết định số 344/QĐ-SCT ngày 15/12/2020 về việc giao dự toán thu ngân sách nhà nước, chi ngân sách địa phương tỉnh Đồng Nai năm 2021;",
        ),
        bullet(
          "+",
          "Sở Công Thương cắt giảm tối đa chi phí tổ chức lễ hội, khánh tiết, hội nghị, hội thảo có nội dung không thiết thực…thực hiện lồng ghép các nội dung, vấn đề, công việc cần xử lý; Các cuộc họp được lồng ghéo kết hợp với nhau một cách hợp lý, khoa học; Chuẩn bị kỹ đầy đủ đúng yêu cầu, nội dung cuộc họp, tùy theo tính chất, nội dung, mục đích, yêu cầu của cuộc họp, người triệu tập cuộc họp phải cân nhắc kỹ và quyết định thành phần, số lượng người tham dự cuộc họp cho phù hợp, bảo đảm tiết kiệm và hiệu quả; Chi phí đi công tác theo tinh thần triệt để tiết kiệm.",
        ),
      ],
      children: [
        block({
          id: "II.5.a#taisan",
          title: {
            vi: "Quản lý mua sắm, sử dụng tài sản, phương tiện",
            en: "Purchase and use of assets, vehicles and equipment",
          },
          body: [
            bullet("-", "Quản lý việc mua sắm, sử dụng tài sản, phương tiện đi lại, phương tiện làm việc"),
            bullet(
              "+",
              "Sử dụng xe ô tô, phương tiện đi lại: thực hiện theo Quyết định số 35/QĐ-SCT ngày 20/3/2020 quy chế quản lý, sử dụng xe ô tô của ngành công thương; Xây dựng định mức cụ thể cho từng phương tiện của cơ quan và các đơn vị trực thuộc, có sổ quản lý tiêu hao nhiên liệu của các loại xe; Định kỳ quyết toán nhiên liệu tiêu hao theo số km xe chạy, đảm bảo mức độ chính xác cao, trên tinh thần triệt để tiết kiệm; Kết hợp trong công tác giữa các phòng và các đơn vị trực thuộc trong việc sử dụng xe, công khai, minh bạch, rõ ràng làm cơ sở để Văn phòng Sở tổ chức, điều hành xe theo tinh thần tiết kiệm xăng dầu, chi phí;",
            ),
            bullet(
              "+",
              "Việc phân cấp quản lý tài sản nhà nước, quy định trách nhiệm của cơ quan, tổ chức, cá nhân quản lý, sử dụng tài sản nhà nước, nội dung tiêu chuẩn, định mức và chế độ quản lý, sử dụng phương tiện đi lại trong cơ quan nhà nước, được quy định cụ thể nên đã quản lý chặt chẽ, sử dụng có hiệu quả tài sản nhà nước, góp phần thực hiện tốt chương trình hành động của Chính phủ về thực hành tiết kiệm, chống lãng phí;",
            ),
            bullet(
              "+",
              "Tài sản đưa vào sử dụng được lập sổ sách, chứng từ theo dõi và kiểm kê định kỳ theo quy định;",
            ),
            bullet(
              "+",
              "Việc trang bị và sử dụng tài sản nhà nước của cơ quan so với các quy định về tiêu chuẩn, định mức, chế độ quy định được đảm bảo; Hầu hết các đơn vị được trang bị tài sản được đưa vào sử dụng đúng mục đích, khai thác phần lớn công năng và mang lại hiệu quả thiết thực.",
            ),
          ],
        }),
        block({
          id: "II.5.a#tuchu",
          title: { vi: "Thực hiện cơ chế tự chủ", en: "Financial-autonomy statistics" },
          body: [
            bullet(
              "-",
              "Về thực hiện cơ chế tự chủ theo Nghị định số 117/2013/NĐ-CP; Nghị định số 16/2015/NĐ-CP ngày 24/4/2015, Nghị định số 141/2016/NĐ-CP ngày 10/10/2016; Nghị định số 54/2016/NĐ-CP ngày 14/6/2016, thống kê số liệu theo bảng sau:",
            ),
            table("T8"),
          ],
        }),
      ],
    }),
    section({
      id: "II.5.b",
      number: "b)",
      numbering: "letter",
      heading:
        "Kết quả thực hiện Kế hoạch 177-KH/TU ngày 16/4/2018 của Ban chấp hành Đảng bộ tỉnh về triển khai Nghị quyết số 19-NQ/TW: chuyển đổi cơ chế tài chính của đơn vị sự nghiệp trực thuộc",
      en: "Conversion of the financial mechanism of attached public service units (Plan 177-KH/TU, Resolution 19-NQ/TW)",
      body: [
        p(
          "Sở Công Thương có Trung tâm Khuyến công và Tư vấn phát triển công nghiệp là đối tượng được áp dụng chuyển đổi cơ chế tài chính của đơn vị sự nghiệp.",
        ),
        p(
          "Thực hiện chỉ đạo của UBND tỉnh chấp thuận chủ trương cho phép các sở, ban, ngành thuê đơn vị tư vấn đủ năng lực để hỗ trợ xây dựng định mức kinh tế - kỹ thuật cho các danh mục dịch vụ sự nghiệp công sử dụng ngân sách đã có trong danh mục được phê duyệt; Sở Công Thương đã chỉ đạo Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tìm đơn vị tư vấn có đủ năng lực thực hiện xây dựng định mức kinh tế - kỹ thuật trình Sở Công Thương gửi Sở Tài chính thẩm định (Do Trung tâm không đủ năng lực để xây dựng định mực kinh tế - kỹ thuật nên phải thuê tư vấn thực hiện).",
        ),
        p(
          "Do đây là nội dung mới, chưa có địa phương nào triển khai áp dụng, cơ sở pháp lý còn thiếu chặt chẽ, nên công tác xây dựng định mực kinh tế - kỹ thuật gặp nhiều khó khăn; Sở Tài chính cũng đã có văn bản xin ý kiến hướng dẫn của các Bộ, ngành Trung ương về nội dung này nhưng đến nay vẫn chưa có kết quả.",
        ),
      ],
    }),
  ],
});
