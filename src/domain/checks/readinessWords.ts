/**
 * The words of the check before signing, one wording for the pane and the command line: the three groups a
 * finding falls in, and the verdict.
 */
type ReadinessWords = {
  readonly groups: { readonly error: string; readonly warning: string; readonly info: string };
  readonly ready: string;
  readonly notReady: string;
};

export const READINESS_WORDS: { readonly vi: ReadinessWords; readonly en: ReadinessWords } = {
  vi: {
    groups: { error: "Phải sửa trước khi ký", warning: "Nên xem lại", info: "Để văn thư điền" },
    ready: "Sẵn sàng trình ký",
    notReady: "Chưa sẵn sàng trình ký",
  },
  en: {
    groups: { error: "Must fix before signing", warning: "Worth a look", info: "Left for the records clerk" },
    ready: "Ready for signing",
    notReady: "Not ready for signing",
  },
};
