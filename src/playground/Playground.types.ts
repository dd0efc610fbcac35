import type { DocxHost } from "../docx";
import type { ReportDocument } from "../taskpane/services/ReportDocument";

/** One document open in the playground: the headless Word holding it and the pane's view of it. */
export type OpenDocument = {
  readonly host: DocxHost;
  readonly doc: ReportDocument;
  /** Remounts the pane when another document is opened. */
  readonly generation: number;
  readonly fileName: string;
};

export type PlaygroundNotice = {
  readonly intent: "error" | "success";
  readonly title: string;
  readonly body: string;
};

export const PLAYGROUND_WORDS = {
  title: "baocao — playground",
  intro: "Bảng tác vụ chạy trên một tài liệu Word giả lập ngay trong trình duyệt (không cần Word).",
  openSample: "Mở mẫu Quý I/2021",
  blank: "Tài liệu trống",
  openFile: "Mở .docx…",
  download: "Tải xuống",
  profile: "Word giả lập",
  profiles: {
    m365: "Microsoft 365 (WordApi 1.9, PageSetup)",
    office2021: "Office 2021 (WordApi 1.3)",
    "1.4": "WordApi 1.4",
    web: "Word trên web",
  },
  dark: "Giao diện tối",
  preview: "Xem trước tài liệu",
  pane: "Bảng tác vụ",
  selecting: (what: string) => `Đang chọn: ${what}`,
  nothingSelected: "Chưa chọn gì",
  rendering: "Đang vẽ lại…",
  openFailed: "Không mở được tài liệu",
  renderFailed: "Không vẽ được bản xem trước",
  busy: "Đang mở…",
} as const;
