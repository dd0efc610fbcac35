/**
 * A text as compared when counting distinct entries: NFC, spacing collapsed, case folded, so that
 * "Văn phòng UBND  tỉnh" and "văn phòng UBND tỉnh" count once.
 *
 * @example normalizeText(" Sở  Công Thương ") // → "sở công thương"
 */
export const normalizeText = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
