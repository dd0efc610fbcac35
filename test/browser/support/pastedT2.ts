/** T2 as Excel copies it, with the level-3/4 count (c4) and the total (c3) given: what the clerk pastes in the playground. */
export const pastedT2 = (c3: string, c4: string): string =>
  [
    "STT\tTên thủ tục hành chính, dịch vụ công\tTổng số hồ sơ đã tiếp nhận\tDịch vụ công mức độ 3 và mức độ 4\t\tHồ sơ nộp trực tiếp\t",
    "\t\t\tSố hồ sơ thực hiện mức độ 3 và 4\tTỷ lệ (%)\tTổng số hồ sơ\tTỷ lệ (%)",
    `1\tCông Thương\t${c3}\t${c4}\t96,3 %\t95\t3,7 %`,
    `\tTổng số\t${c3}\t${c4}\t96,3 %\t95\t3,7 %`,
  ].join("\r\n");
