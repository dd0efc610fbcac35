import type { SeedDecision } from "../types";

/**
 * What the template does where the seed (Quý I/2021) contradicts itself or leaves a choice open
 * (template-spec §7 and §3). Each entry names the spec's reference; the template data follows it.
 */
export const decisions: readonly SeedDecision[] = [
  {
    ref: "A1",
    decision:
      "T1: the total row prints 05 under “Số văn bản quy định (quy chế phối hợp) liên thông” and “Cấu hình trên phần mềm Egov” although every cell above is empty. Both columns keep the seed's row count (so the seed is reproduced) and the checks warn (check.totalOverEmpty) whenever such a total stands over empty cells.",
  },
  {
    ref: "A2",
    decision:
      "T1: each total cell declares its aggregation as the seed computes it — c3 countNonEmpty, c4 countDistinct (01), c5–c7 rowCount (05, although the partner units are 3 distinct). Counts in the total row are zero-padded (“05”, “01”) through the total row's own formats.",
  },
  {
    ref: "A3",
    decision:
      "T8: “Đã thực hiện” (1) exceeds “Tổng số cơ quan/đơn vị trực thuộc” (0). Decided (issue #14): a real inconsistency of the signed report, not a fixture error: the seed prints the row as “0 1 1 1 1 1” (L1192), and none of zero bodies can have done it. The fixture keeps the report as signed, so the check before signing shows it as a must-fix (check.partExceedsWhole) placed at the table, row and column, as it does for c4 ≤ c3, c5 ≤ c3, c6 ≤ c5; the clerk corrects the figure (from the pane, or by typing it and keeping it) instead of the software hiding it.",
  },
  {
    ref: "A4",
    decision:
      "T8 “Tổng số đơn vị sự nghiệp công lập” (1) against T3 “Số đơn vị sự nghiệp thuộc Sở” for the report year (02): kept as printed; the checks report a warning (check.crossFieldMismatch), since the two tables may count differently.",
  },
  {
    ref: "A5",
    decision:
      "T10: “Số lượng” is a number plus a free annotation (noteKey c4Note): “52 (14cts + 7 sim PKI)” is reproduced as typed; the annotation is not parsed nor added up, so the 21 ≠ 52 mismatch is left to the clerk.",
  },
  {
    ref: "A6",
    decision:
      "T10's 53 leaders against 56 staff (T9) is implausible but not impossible; no rule, kept as printed. T10 r2 ≤ r1 is checked (a subset cannot exceed its whole).",
  },
  {
    ref: "A7",
    decision:
      "II.2.2.1.onTimeRatePct (99,36%) cannot be reconciled with lateFilesCount and T2 without the denominators of form 06; it is an input figure and no rule ties them.",
  },
  {
    ref: "T2.c3",
    decision:
      "T2 “Tổng số hồ sơ đã tiếp nhận” is computed (c4 + c6), never input. Should a template make such a column input, the checks compare it with its formula (check.sumMismatch).",
  },
  {
    ref: "T4.c3=c6",
    decision:
      "T4: staff allocated to the public service units (c3 = 31) and staff at work there (c6 = 31) are cross-checked, and so are the allocated posts of the units (c1's part 28) and c3's “biên chế” part (28); both are warnings, since allocation and actual may differ.",
  },
  {
    ref: "T5",
    decision:
      "T5 “Tỷ lệ” = approved / proposed, recomputed in the total row from the sums; blank when nothing was proposed (÷0), as the seed prints it; when shown, 0 decimals without a space (“100%”), the seed's usual table form.",
  },
  {
    ref: "T10.rate",
    decision:
      "T10 “Tỷ lệ”: its denominator (the leaders who must sign) is not in the report, so the rate is an input percent, not computed. “Năm (Quý) trước” takes the last values of “Số lượng” at roll-forward (previousOf).",
  },
  {
    ref: "T11",
    decision: "T11's options are the seed's words and their plain negatives: Kịp thời / Chưa kịp thời, Đầy đủ / Chưa đầy đủ, Thuận tiện / Chưa thuận tiện.",
  },
  {
    ref: "D2",
    decision:
      "Percents: T2 keeps “96,3 %” (1 decimal, a space) and T9 c9 “100%” as printed; T9 c12 is printed “100” without a sign as the seed does (format sign: false, a one-line data change if the users prefer “100%”). Prose percents follow the house style (no space) with per-field decimals (99,36%: 2); “1.5%/năm” is written with a decimal comma, “1,5%”.",
  },
  {
    ref: "D3",
    decision:
      "Zero padding: prose counts are padded to two digits (“07”, “01”); tables as printed — T1 totals and T3 padded, T4's composite cells padded (“06 (văn phòng 03, đơn vị sự nghiệp 03)”) and its plain counts not (“3”), T2, T5–T10 unpadded.",
  },
  {
    ref: "D5",
    decision:
      "T6 and T7 keep their own printed headers (“Năm (Quí) báo cáo”, “06 tháng”, “09 tháng” vs “Năm báo cáo”, “6 tháng”, “9 tháng”); T10 keeps “Năm (Quý) trước/báo cáo”. The house style governs period labels in prose, not these fixed headers.",
  },
  {
    ref: "B1",
    decision:
      "L698 “Trong Quí I/2020 có 01 hồ sơ bị trễ hạn” is a stale sentence carried over from 2020: the template renders it with the current period label (Quý I/2021 for this report), and the count is the period figure II.2.2.2.c.lateFilesCount.",
  },
  {
    ref: "B2",
    decision:
      "L1554 “Trong Quý I năm 2020, Sở Công Thương có 01 hồ sơ giải quyết chậm” likewise: rendered with the current period label and the same lateFilesCount (one key, one value).",
  },
  {
    ref: "B3",
    decision:
      "II.4.b.trainingPlanYear (“năm 2020” in the title of Kế hoạch 5068/KH-UBND of 31/12/2020) is a historical field kept as printed; it is never rolled, and needs a human check.",
  },
  {
    ref: "B4",
    decision: "Year ranges (“giai đoạn 2015 - 2021”, “2021-2025”, “2021 - 2025”) are static text fields, never rolled; the stale scan flags them once past.",
  },
  {
    ref: "scopes",
    decision:
      "II.6.c.procReductionVsPrevYear is a period figure (refreshed with egovOnlineProcs, which it is measured against) rather than static; II.1.vbqpplDraftsRegistered, II.2.1.b.simplifiedProcCount and the standing 100% figures (I.1, II.6, II.6.a coverage) are static; II.6.a.signedOutgoingDocs is a period figure and equals the sum of T9's “Gửi” electronic column.",
  },
];
