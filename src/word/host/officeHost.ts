import { capabilitiesOf, WordSession } from "../WordSession";
import type { watchHost } from "./detectHost";
import type { themeFromOffice } from "./officeTheme";

/**
 * Office.js as the page loaded it, or undefined in a plain browser tab (or when its script was blocked).
 * The one place outside `src/word`'s operations that reads the `Office` global.
 */
export function officeGlobal(): (Parameters<typeof watchHost>[0] & Parameters<typeof themeFromOffice>[0]) | undefined {
  return (globalThis as unknown as { Office?: Parameters<typeof watchHost>[0] & Parameters<typeof themeFromOffice>[0] }).Office;
}

/**
 * A session on the open Word document: each batch in a `Word.run`, knowing what this Word offers (WordApi 1.4
 * custom XML parts for the metadata, WordApi 1.5, WordApiDesktop 1.3 PageSetup for ND 30's page).
 */
export function officeWordSession(): WordSession {
  const { requirements } = Office.context;
  return new WordSession(
    (batch) => Word.run(batch),
    capabilitiesOf((name, version) => requirements.isSetSupported(name, version)),
  );
}

/** Desktop Word with WordApiHiddenDocument: the self-test runs in a hidden document, without confirmation. */
export const hasHiddenDocuments = (office: unknown): boolean =>
  (office as { context?: { requirements?: { isSetSupported: (n: string, v?: string) => boolean } } } | undefined)?.context?.requirements?.isSetSupported(
    "WordApiHiddenDocument",
    "1.3",
  ) === true;

/** What this Office says of itself: its requirement sets, version and platform (for the self-test's report). */
export function officeDiagnostics(): {
  readonly isSetSupported: (name: string, version?: string) => boolean;
  readonly version: string | undefined;
  readonly platform: string;
} {
  const { requirements, diagnostics } = Office.context;
  return {
    isSetSupported: (name, version) => requirements.isSetSupported(name, version),
    version: diagnostics?.version,
    platform: String(diagnostics?.platform ?? ""),
  };
}
