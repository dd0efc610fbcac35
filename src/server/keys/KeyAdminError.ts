const MESSAGES = {
  unknownAgency: (what: string) => `Không có cơ quan “${what}” trong cơ sở dữ liệu.`,
  unknownKey: (what: string) => `Không có khóa API “${what}”, hoặc khóa đã bị thu hồi.`,
  badScope: (what: string) => `Quyền “${what}” không hợp lệ: dùng read hoặc write.`,
  badAgencyId: (what: string) => `Mã cơ quan “${what}” không hợp lệ: chỉ chữ thường a-z, số 0-9 và dấu “-”, 1–64 ký tự.`,
  blankAgencyName: (what: string) => `Cơ quan “${what}” cần có tên (--name).`,
} as const;

/** A key-administration request that cannot be done (unknown agency or key): a user's mistake, in Vietnamese. */
export class KeyAdminError extends Error {
  readonly code: keyof typeof MESSAGES;

  constructor(code: keyof typeof MESSAGES, what: string) {
    super(MESSAGES[code](what));
    this.name = "KeyAdminError";
    this.code = code;
  }
}
