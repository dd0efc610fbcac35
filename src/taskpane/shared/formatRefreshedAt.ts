import { formatDateNd30 } from "../../domain/format";

/**
 * The time of the last refresh, as the clerk reads dates: the day in ND 30 style ("01/3/2021") and the
 * local time ("14:05"). Undefined for a timestamp that cannot be read.
 *
 * @example formatRefreshedAt("2021-03-02T07:05:00Z", "Asia/Ho_Chi_Minh") // → { date: "02/3/2021", time: "14:05" }
 */
export function formatRefreshedAt(
  iso: string,
  timeZone?: string,
): { readonly date: string; readonly time: string } | undefined {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const date = formatDateNd30({ year: part("year"), month: part("month"), day: part("day") });
  const time = `${String(part("hour")).padStart(2, "0")}:${String(part("minute")).padStart(2, "0")}`;
  return { date, time };
}
