import type { Lang } from "./Lang";

/** What an error's message needs to know. */
export type MessageParams = { readonly status?: number; readonly detail?: string; readonly seconds?: number; readonly code?: string; readonly count?: number };

export type ApiErrorKind = "unauthorized" | "notFound" | "conflict" | "timeout" | "network" | "invalidAnswer" | "validation" | "service" | "cancelled";

type Catalog = Readonly<Record<ApiErrorKind, (p: MessageParams) => string>>;

const withDetail = (text: string, detail: string | undefined) => (detail ? `${text} (${detail})` : text);

/** The client's words, all in one place (like zod's locales): Vietnamese… */
const vi: Catalog = {
  unauthorized: (p) =>
    p.status === 403
      ? "Khóa API không có quyền với số liệu này (khóa của cơ quan khác, hoặc chỉ có quyền đọc)."
      : "Thiếu khóa API, hoặc khóa không hợp lệ hay đã bị thu hồi. Hãy kiểm tra khóa trong phần cài đặt.",
  notFound: (p) => withDetail("Máy chủ không có số liệu được yêu cầu.", p.detail),
  conflict: (p) =>
    p.status === 428
      ? "Số liệu đã có trên máy chủ: hãy tải số liệu hiện có về trước khi ghi đè."
      : "Số liệu trên máy chủ vừa được người khác cập nhật. Hãy tải lại rồi ghi; số liệu của bạn chưa được ghi.",
  timeout: (p) => `Dịch vụ số liệu không trả lời sau ${p.seconds ?? "?"} giây. Hãy thử lại sau.`,
  network: (p) => withDetail("Không kết nối được với dịch vụ số liệu. Hãy kiểm tra mạng và địa chỉ máy chủ.", p.code),
  invalidAnswer: (p) => withDetail("Dịch vụ số liệu trả lời dữ liệu không đúng định dạng.", p.detail),
  validation: (p) => (p.count ? `Dữ liệu gửi lên có ${p.count} lỗi; xem danh sách lỗi.` : withDetail("Yêu cầu gửi lên không hợp lệ.", p.detail)),
  service: (p) => withDetail(p.status ? `Dịch vụ số liệu gặp lỗi (mã ${p.status}).` : "Dịch vụ số liệu gặp lỗi không mong đợi.", p.detail),
  cancelled: () => "Đã hủy yêu cầu.",
};

/** …and English. */
const en: Catalog = {
  unauthorized: (p) =>
    p.status === 403 ? "The API key may not do this (another agency's key, or a read-only key)." : "The API key is missing, invalid or revoked. Check it in the settings.",
  notFound: () => "The service has no such figures.",
  conflict: (p) =>
    p.status === 428 ? "The figures exist on the service: load them before overwriting." : "Someone else has just updated these figures. Reload, then save; yours were not written.",
  timeout: (p) => `The figures service did not answer within ${p.seconds ?? "?"} s. Try again later.`,
  network: (p) => withDetail("Could not reach the figures service. Check the network and the service address.", p.code),
  invalidAnswer: () => "The figures service answered with data of the wrong shape.",
  validation: (p) => (p.count ? `The data sent has ${p.count} issue(s); see the list.` : "The request is invalid."),
  service: (p) => (p.status ? `The figures service failed (status ${p.status}).` : "The figures service failed unexpectedly."),
  cancelled: () => "Request cancelled.",
};

/** The message of an error kind in a language. */
export const apiMessage = (kind: ApiErrorKind, lang: Lang, params: MessageParams = {}): string => (lang === "en" ? en : vi)[kind](params);
