/**
 * Every kind of problem the service answers with: its HTTP status and a Vietnamese title, the words a
 * clerk sees first. The `type` URI is made from the kind, so a client may branch on it.
 */
export const PROBLEM_KINDS = {
  "invalid-request": { status: 400, title: "Yêu cầu không hợp lệ" },
  "invalid-json": { status: 400, title: "Nội dung gửi lên không phải JSON hợp lệ" },
  unauthorized: { status: 401, title: "Chưa xác thực: thiếu khóa API hoặc khóa không hợp lệ" },
  forbidden: { status: 403, title: "Khóa API không có quyền thực hiện thao tác này" },
  "not-found": { status: 404, title: "Không tìm thấy địa chỉ yêu cầu" },
  "unknown-template": { status: 404, title: "Không tìm thấy mẫu báo cáo" },
  "unknown-agency": { status: 404, title: "Không tìm thấy cơ quan" },
  "unknown-period": { status: 404, title: "Không tìm thấy kỳ báo cáo" },
  "no-figures": { status: 404, title: "Chưa có số liệu cho kỳ báo cáo này" },
  "method-not-allowed": { status: 405, title: "Phương thức không được hỗ trợ" },
  "precondition-failed": { status: 412, title: "Số liệu đã được cập nhật bởi người khác; hãy tải lại rồi ghi" },
  "payload-too-large": { status: 413, title: "Nội dung gửi lên quá lớn" },
  "unsupported-media-type": { status: 415, title: "Kiểu nội dung không được hỗ trợ" },
  "invalid-figures": { status: 422, title: "Số liệu không hợp lệ" },
  "precondition-required": { status: 428, title: "Thiếu If-Match: hãy tải số liệu hiện có trước khi ghi đè" },
  "too-many-requests": { status: 429, title: "Quá nhiều yêu cầu; hãy thử lại sau" },
  internal: { status: 500, title: "Lỗi máy chủ; yêu cầu chưa được thực hiện" },
  unavailable: { status: 503, title: "Dịch vụ chưa sẵn sàng: không truy cập được cơ sở dữ liệu" },
} as const satisfies Record<string, { readonly status: number; readonly title: string }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** The `type` URI of a problem kind. */
export const problemType = (kind: ProblemKind): string => `urn:baocao:problem:${kind}`;
