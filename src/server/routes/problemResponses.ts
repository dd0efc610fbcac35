import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "../../api/contract";
import type { ResponseDoc } from "../http/Route";

const WORDS: Readonly<Record<number, string>> = {
  400: "Yêu cầu không hợp lệ / invalid request (params, query or JSON)",
  401: "Thiếu hoặc sai khóa API / missing or invalid API key",
  403: "Khóa của cơ quan khác, hoặc chỉ có quyền đọc / another agency's key, or a read-only key",
  404: "Không tìm thấy mẫu, cơ quan, kỳ hoặc số liệu / unknown template, agency, period or figures",
  412: "If-Match không khớp phiên bản hiện tại / If-Match does not match the current version",
  413: "Nội dung quá lớn / body too large",
  415: "Kiểu nội dung không được hỗ trợ / unsupported content type",
  422: "Số liệu không hợp lệ, kèm danh sách lỗi / invalid figures, with every issue",
  428: "Ghi đè số liệu có sẵn mà không có If-Match / overwrite without If-Match",
  500: "Lỗi máy chủ / server error",
  503: "Không truy cập được cơ sở dữ liệu / the database does not answer",
};

/** The problem answers a route may give, for its OpenAPI description. */
export function problemResponses(...statuses: readonly number[]): Record<number, ResponseDoc> {
  return Object.fromEntries(
    [...statuses, 500].map((s) => [s, { description: WORDS[s] ?? "Problem", schema: ProblemSchema, contentType: PROBLEM_CONTENT_TYPE }]),
  );
}
