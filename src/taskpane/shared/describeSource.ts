import type { Strings } from "../i18n/strings.vi";

/**
 * Where the figures came from, for people, from the metadata's source ("service:https://…", "paste",
 * "file:figures.json"); anything else is shown as written.
 */
export function describeSource(source: string, t: Strings): string {
  if (source.startsWith("service:")) return t.status.sources.service(source.slice("service:".length));
  if (source === "paste") return t.status.sources.paste;
  if (source.startsWith("file:")) return t.status.sources.file(source.slice("file:".length));
  return source;
}
