import { useDeferredValue, useMemo, useState } from "react";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { readPaste } from "./readPaste";
import { useBaseFigures } from "./useBaseFigures";

/**
 * Pasted data: the text (kept while the panel is closed), the table the clerk chose, what the text reads as
 * over the document's own figures, and handing the result over for review.
 */
export function usePasteImport() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { lang } = useLanguage();
  const { pasteDraft, setPasteDraft } = session;
  const [used, setUsed] = useState<number | undefined>(undefined);
  const { base, target, baseFailure } = useBaseFigures();

  // Parsing follows typing without holding it up on a long paste.
  const text = useDeferredValue(pasteDraft.text);
  const reading = useMemo(
    () =>
      base
        ? readPaste({
            text,
            template: doc.template,
            base,
            lang,
            ...(pasteDraft.table ? { table: pasteDraft.table } : {}),
          })
        : undefined,
    [text, base, doc.template, lang, pasteDraft.table],
  );

  const use = () => {
    if (!reading?.figures) return;
    session.setPending({ figures: reading.figures, origin: "paste", source: { kind: "paste" } });
    setUsed(reading.count);
    const blank = session.status.state === "ready" && session.status.value.kind === "blank";
    session.openPanel(blank ? "status" : "review");
  };

  return {
    text: pasteDraft.text,
    setText: (next: string) => {
      setUsed(undefined);
      setPasteDraft({ ...pasteDraft, text: next });
    },
    table: pasteDraft.table,
    setTable: (table: string | undefined) => setPasteDraft({ ...pasteDraft, table }),
    tables: Object.values(doc.template.tables).map((table) => ({ id: table.id, title: table.title[lang] })),
    reading,
    stale: text !== pasteDraft.text,
    target,
    baseFailure,
    use,
    // Once the pasted figures were applied (or dropped), saying they wait for review would mislead.
    used: session.pending?.origin === "paste" ? used : undefined,
  };
}
