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

/** A notice of the playground: its title is rendered from its kind in the language shown, at display time. */
export type PlaygroundNotice = {
  readonly intent: "error" | "success";
  readonly title: "openFailed" | "renderFailed";
  /** What went wrong, as the failing code said it (shown under the title). */
  readonly body: string;
};

const WORDS_VI = {
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
  typeInto: (what: string) => `Gõ số liệu vào văn bản: ${what}`,
  typingHint: "Enter để ghi, Esc để thôi",
};

export type PlaygroundWords = typeof WORDS_VI;

/** The playground's own words (its toolbar, preview and notices), in the language the pane shows. */
export const PLAYGROUND_WORDS: { readonly vi: PlaygroundWords; readonly en: PlaygroundWords } = {
  vi: WORDS_VI,
  en: {
    title: "baocao — playground",
    intro: "The task pane on a simulated Word document, right in the browser (no Word needed).",
    openSample: "Open the Q1 2021 sample",
    blank: "Blank document",
    openFile: "Open .docx…",
    download: "Download",
    profile: "Simulated Word",
    profiles: {
      m365: "Microsoft 365 (WordApi 1.9, PageSetup)",
      office2021: "Office 2021 (WordApi 1.3)",
      "1.4": "WordApi 1.4",
      web: "Word on the web",
    },
    dark: "Dark theme",
    preview: "Document preview",
    pane: "Task pane",
    selecting: (what: string) => `Selected: ${what}`,
    nothingSelected: "Nothing selected",
    rendering: "Redrawing…",
    openFailed: "The document could not be opened",
    renderFailed: "The preview could not be drawn",
    busy: "Opening…",
    typeInto: (what: string) => `Type the figure into the document: ${what}`,
    typingHint: "Enter to write, Esc to cancel",
  },
};
