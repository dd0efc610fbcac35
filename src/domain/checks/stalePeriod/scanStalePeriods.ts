import { parseViDate } from "../../format";
import {
  compareCivilDates,
  daysInMonth,
  periodLastMonth,
  type CivilDate,
  type Period,
  type PeriodKind,
} from "../../period";
import { outlineOf } from "./outlineOf";
import { AS_OF, MONTHS, PREV_YEAR, QUARTER, WINDOW } from "./periodSpellings";
import type { StaleFinding } from "./StaleFinding";

/** A cited document: "Quyết định số 545/QĐ-UBND ngày 09/02/2021"; nothing inside it is a period phrase. */
const CITATION =
  /(?:Kế hoạch|Quyết định|Nghị định|Nghị quyết|Thông tư|Công văn|Văn bản|Thông báo|Chỉ thị|Kết luận|Tờ trình)\s+(?:số\s+)?\d+[^\s,;]*(?:\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?/giu;

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * Finds the period phrases in prose that do not fit the report's period: labels of another period or year
 * (every spelling: Quý/Quí/Qúy, "I/2021", "I năm 2021", "I - 2021", "06 tháng đầu năm"), data windows and
 * as-of dates outside the period, and "so với năm X" that is not the previous year. Cited documents and
 * their dates are skipped; a bare year ("Trong năm 2020, …") is history, not a period phrase, and is kept.
 *
 * @example
 * scanStalePeriods(["c) Nguyên nhân…", "Trong Quí I/2020 có 01 hồ sơ bị trễ hạn"], { year: 2021, kind: "Q1" })
 * // → [{ kind: "label", paragraph: 1, text: "Quí I/2020", reason: "otherYear", … }]
 */
export function scanStalePeriods(paragraphs: readonly string[], period: Period): readonly StaleFinding[] {
  const sections = outlineOf(paragraphs);
  const findings: StaleFinding[] = [];
  paragraphs.forEach((raw, paragraph) => {
    const text = raw.normalize("NFC");
    const citations = [...text.matchAll(CITATION)].map(
      (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const,
    );
    const inCitation = (at: number) => citations.some(([from, to]) => at >= from && at < to);
    const push = (f: Omit<StaleFinding, "paragraph" | "sectionId">) => {
      if (!inCitation(f.start)) findings.push({ ...f, paragraph, sectionId: sections[paragraph] });
    };
    for (const m of text.matchAll(QUARTER)) {
      const quarter = ROMAN[(m[1] ?? "").toUpperCase()];
      const year = Number(m[2]);
      // Only Quý I is a period of this report; Quý II–IV of the report year are earlier history in a later report.
      const names: Period | undefined = quarter === 1 ? { year, kind: "Q1" } : undefined;
      const reason =
        year !== period.year ? "otherYear" : names && names.kind === period.kind ? undefined : "otherPeriod";
      if (reason)
        push({ kind: "label", text: m[0], start: m.index ?? 0, ...(names ? { names } : {}), reason });
    }
    for (const m of text.matchAll(MONTHS)) {
      const kind: PeriodKind = m[1] === "6" ? "H1" : "M9";
      const names: Period = { year: Number(m[2]), kind };
      const reason =
        names.year !== period.year ? "otherYear" : kind !== period.kind ? "otherPeriod" : undefined;
      if (reason) push({ kind: "label", text: m[0], start: m.index ?? 0, names, reason });
    }
    for (const m of text.matchAll(WINDOW)) {
      const from = date(m[1]);
      const to = date(m[2]);
      if (from && to && !(fitsStart(from, period) && fitsCutOff(to, period))) {
        push({ kind: "window", text: m[0], start: m.index ?? 0, reason: "outsidePeriod" });
      }
    }
    for (const m of text.matchAll(AS_OF)) {
      const at = date(m[1]);
      if (at && !fitsCutOff(at, period))
        push({ kind: "asOf", text: m[0], start: m.index ?? 0, reason: "outsidePeriod" });
    }
    for (const m of text.matchAll(PREV_YEAR)) {
      if (Number(m[1]) !== period.year - 1) {
        push({ kind: "prevYear", text: m[0], start: m.index ?? 0, reason: "notPreviousYear" });
      }
    }
  });
  return findings;
}

function date(text: string | undefined): CivilDate | undefined {
  const parsed = text ? parseViDate(text) : undefined;
  return parsed && "value" in parsed ? parsed.value : undefined;
}

/** A window starts no earlier than ND 09's 15/12 of the previous year and no later than the period's end. */
function fitsStart(from: CivilDate, p: Period): boolean {
  return (
    compareCivilDates(from, { year: p.year - 1, month: 12, day: 15 }) >= 0 &&
    compareCivilDates(from, periodEnd(p)) <= 0
  );
}

/**
 * A cut-off falls after the previous report's period and at most half a month after this one ends
 * (reports are often due before the period closes: the seed cut off on 01/03 for Quý I).
 */
function fitsCutOff(at: CivilDate, p: Period): boolean {
  const previousEnd: CivilDate =
    p.kind === "Q1"
      ? { year: p.year - 1, month: 12, day: 14 }
      : { year: p.year, month: periodLastMonth(p.kind) - 3, day: 14 };
  const end = periodEnd(p);
  const grace: CivilDate =
    end.month === 12
      ? { year: end.year + 1, month: 1, day: 15 }
      : { year: end.year, month: end.month + 1, day: 15 };
  return compareCivilDates(at, previousEnd) > 0 && compareCivilDates(at, grace) <= 0;
}

function periodEnd(p: Period): CivilDate {
  const month = periodLastMonth(p.kind);
  return { year: p.year, month, day: daysInMonth(p.year, month) };
}
