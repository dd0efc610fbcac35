import type { Localized, Section } from "../../types";
import { p, runIn, section } from "./build";

const task = (spec: { n: number; number: string; title: Localized; text: string }): Section =>
  runIn({
    id: `IV.t${spec.n}`,
    number: spec.number,
    numbering: "ordinal",
    title: spec.title,
    body: [p(spec.text)],
  });

/** IV. Directions and tasks for the coming period (seed L1574–L1682): seven ordinal items. */
export const partIV: Section = section({
  id: "IV",
  number: "IV.",
  numbering: "roman",
  heading: "PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI",
  en: "Directions and tasks for the coming period",
  children: [
    task({
      n: 1,
      number: "- Thứ nhất,",
      title: { vi: "Triển khai văn bản chỉ đạo về CCHC", en: "First: carry out the directives on CCHC" },
      text: "tập trung triển khai các văn bản chỉ đạo của Tỉnh ủy, UBND tỉnh, Bộ Công Thương về CCHC, kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông, công tác tuyên truyền về CCHC và TTHC, ứng dụng CNTT trong CCHC… đảm bảo đúng tiến độ và chất lượng yêu cầu; Đề cao trách nhiệm cá nhân của người đứng đầu tại các phòng, đơn vị thuộc Sở trong thực hiện nhiệm vụ, đảm bảo sự nhất quán, kiên trì, liên tục trong triển khai công tác CCHC; Quan tâm công tác triển khai xác định, công bố Chỉ số CCHC (PAR INDEX); Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS); Sử dụng có hiệu quả các chỉ số này để nâng cao chất lượng, hiệu quả CCHC, đáp ứng yêu cầu xây dựng nền hành chính phục vụ;",
    }),
    task({
      n: 2,
      number: "- Thứ hai,",
      title: { vi: "Rà soát, đơn giản hóa TTHC", en: "Second: review and simplify procedures" },
      text: "tích cực rà soát, đề xuất cắt giảm, đơn giản hóa TTHC còn rườm rà, phức tạp, nhất là các thủ tục liên quan trực tiếp đến người dân, doanh nghiệp; Thường xuyên rà soát, đánh giá TTHC của Sở để tổng hợp, tham mưu UBND tỉnh sửa đổi, bãi bỏ theo thẩm quyền hoặc đề nghị Bộ, ngành Trung ương sửa đổi, bãi bỏ những thủ tục hành chính không còn phù hợp; Triển khai việc xác lập hệ thống TTHC của Sở áp dụng trên địa bàn tỉnh theo hướng tinh gọn, đơn giản, dễ thực hiện;",
    }),
    task({
      n: 3,
      number: "- Thứ ba,",
      title: { vi: "Tiếp nhận, giải quyết hồ sơ TTHC", en: "Third: receiving and resolving procedure files" },
      text: "tổ chức tốt việc tiếp nhận, giải quyết hồ sơ TTHC thuộc phạm vi, lĩnh vực quản lý; Chú trọng nâng cao hiệu quả hoạt động của Bộ phận Một cửa; Thường xuyên rà soát, kiện toàn nhân sự làm việc tại Bộ phận Một cửa, đầu tư trang thiết bị, cơ sở vật chất, đẩy mạnh ứng dụng công nghệ thông tin, giải quyết hồ sơ TTHC đúng quy trình; Tăng cường công tác phối hợp giữa các cơ quan, đơn vị trong giải quyết TTHC, thực hiện đánh giá việc giải quyết TTHC; Giảm tỷ lệ trễ hẹn trong giải quyết hồ sơ, thực hiện nghiêm túc việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn, tránh gây bức xúc, tạo dư luận không tốt trong nhân dân; Thực hiện tốt việc tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích theo quy định tại Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ, không làm kéo dài thời gian giải quyết hồ sơ TTHC;",
    }),
    task({
      n: 4,
      number: "- Thứ tư,",
      title: { vi: "Sắp xếp, kiện toàn tổ chức bộ máy", en: "Fourth: reorganise the apparatus" },
      text: "đẩy mạnh việc đổi mới, sắp xếp và kiện toàn tổ chức bộ máy của Sở Công Thương và đơn vị sự nghiệp trực thuộc theo hướng tinh gọn; hoạt động hiệu lực, hiệu quả; Đẩy mạnh phân cấp và gắn kết chặt chẽ với các chính sách tinh giản biên chế trên cơ sở tổ chức triển khai có hiệu quả các nhiệm vụ được giao;",
    }),
    task({
      n: 5,
      number: "- Thứ năm,",
      title: { vi: "Cải cách chế độ công vụ, công chức", en: "Fifth: civil-service reform" },
      text: "tập trung đẩy mạnh cải cách chế độ công vụ, công chức: đào tạo, sử dụng công chức, viên chức đúng với năng lực, tiêu chuẩn của vị trí việc làm đã được phê duyệt; Tiếp tục siết chặt kỷ luật, kỷ cương hành chính trong quá trình thực hiện nhiệm vụ, công vụ của đội ngũ cán bộ, công chức, viên chức; Tăng cường thanh tra, kiểm tra để kịp thời phát hiện và xử lý nghiêm những trường hợp sai phạm; Triển khai có hiệu quả các chính sách về tinh giản biên chế theo quy định;",
    }),
    task({
      n: 6,
      number: "- Thứ sáu,",
      title: {
        vi: "Đổi mới đơn vị sự nghiệp công lập",
        en: "Sixth: public service units and their financial mechanism",
      },
      text: "tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập trên cơ sở triển khai thực hiện có hiệu quả Nghị quyết số 08/NQ-CP ngày 27/01/2018 về Chương trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; Nghị định số 16/2015/NĐ-CP về cơ chế tự chủ của đơn vị sự nghiệp công lập và các văn bản hướng dẫn thi hành; Khẩn trương tham mưu, xây dựng và hoàn thiện bộ định mức kinh tế - kỹ thuật của ngành công thương trình UBND tỉnh ban hành nhằm thực hiện chuyển đổi cơ chế tài chính theo tiến độ quy định;",
    }),
    task({
      n: 7,
      number: "- Thứ bảy,",
      title: { vi: "Xây dựng chính quyền điện tử", en: "Seventh: e-government" },
      text: "tập trung triển khai có hiệu quả các nhóm nhiệm vụ về xây dựng, phát triển chính quyền điện tử; Thường xuyên rà soát, nâng cao chất lượng và hiệu quả cung cấp dịch vụ công trực tuyến mức độ 3 và 4; Duy trì việc kiểm soát hệ thống chính sách chất lượng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 ban hành tại Quyết định số 98/QĐ-SCT ngày 04/6/2020.",
    }),
  ],
});
