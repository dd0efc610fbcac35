import { formatTimestamp } from "../../domain/format";
import type { FiguresSourceLabel } from "../context/PaneSessionContext";
import type { Strings } from "../i18n/strings.vi";

/** Where figures waiting for review came from, as a person says it ("Dịch vụ số liệu, cập nhật 02/12/2026 15:26"). */
export function describeSourceLabel(source: FiguresSourceLabel, t: Strings): string {
  switch (source.kind) {
    case "service":
      return t.status.sources.serviceAt(formatTimestamp(source.at));
    case "paste":
      return t.status.sources.paste;
    case "file":
      return t.status.sources.file(source.name);
  }
}

/**
 * Where the figures came from, as a person says it ("Dịch vụ số liệu", "Dán từ bảng tính", the file's name;
 * the service's address stays in the metadata), from the metadata's source ("service:https://…", "paste",
 * "file:figures.json"); anything else is shown as written.
 */
export function describeSource(source: string, t: Strings): string {
  if (source.startsWith("service:")) return t.status.sources.service;
  if (source === "paste") return t.status.sources.paste;
  if (source === "adopt") return t.status.sources.adopt;
  if (source.startsWith("file:")) return t.status.sources.file(source.slice("file:".length));
  return source;
}
