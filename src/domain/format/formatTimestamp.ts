import { pad2 } from "./pad2";

/** Vietnam keeps UTC+7 all year (no daylight saving): the clerk's wall clock, whatever the machine's zone. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * An instant as a clerk reads it, "dd/mm/yyyy hh:mm" in Vietnam's time; an unreadable timestamp is "".
 *
 * @example formatTimestamp("2026-12-02T08:26:00.000Z") // "02/12/2026 15:26"
 */
export function formatTimestamp(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  const d = new Date(ms + VIETNAM_OFFSET_MINUTES * 60_000);
  const date = `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
