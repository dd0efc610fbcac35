import { useEffect, useMemo, useState } from "react";
import { describeTag } from "../../domain/issues/describePlace";
import { sectionOfTag } from "../../domain/outline";
import { isCorrectable } from "../../domain/overrides/readCorrection";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import type { RefreshPreview } from "../services/ReportDocument";
import { documentFailure } from "../shared/describeFailure";
import { sectionHeading } from "../shared/templateLookup";
import { useAsyncValue } from "../shared/useAsyncValue";
import { useSelectInDocument } from "../shared/useSelectInDocument";
import { wordIssue } from "../shared/wordIssue";
import type { ApplyState, ChangeGroup, ConflictChoice, LabelledConflict } from "./ReviewChanges.types";

/**
 * What the new figures would change in the document, grouped by section; the clerk's choice for each
 * hand-edited figure (keep by default); and applying everything in one call.
 */
export function useReviewChanges() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { t, lang } = useLanguage();
  const { pending } = session;
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());
  const [apply, setApply] = useState<ApplyState>({ kind: "idle" });
  const selection = useSelectInDocument();

  // A blank document has nothing to compare with: the figures wait for the template to be inserted.
  const blank = session.status.state === "ready" && session.status.value.kind === "blank";
  const compare = pending !== undefined && session.status.state === "ready" && !blank;
  const preview = useAsyncValue<RefreshPreview | undefined>(
    () => (compare && pending ? doc.previewRefresh(pending.figures) : Promise.resolve(undefined)),
    compare ? pending : session.revision,
  );
  // New figures: the choices, the result and the failures of the last ones no longer hold.
  const { clearFailure } = selection;
  useEffect(() => {
    setChoices(new Map());
    if (pending) {
      setApply((a) => (a.kind === "running" ? a : { kind: "idle" }));
      clearFailure();
    }
  }, [pending, clearFailure]);

  const ready = preview.state === "ready" ? preview.value : undefined;
  const labelOf = (tag: string) => describeTag(tag, doc.template, lang);

  const groups = useMemo<readonly ChangeGroup[]>(() => {
    if (!ready) return [];
    const out = new Map<string, ChangeGroup["changes"][number][]>();
    for (const change of ready.plan.changes) {
      const section = sectionOfTag(change.tag, doc.template);
      out.set(section, [...(out.get(section) ?? []), { ...change, label: describeTag(change.tag, doc.template, lang) }]);
    }
    return [...out].map(([sectionId, changes]) => ({
      sectionId,
      heading: sectionId === "" ? t.review.otherSection : sectionHeading(doc.template, sectionId, lang),
      changes,
    }));
  }, [ready, doc.template, lang, t, labelOf]);

  const conflicts = useMemo<readonly LabelledConflict[]>(
    () =>
      ready ? ready.plan.conflicts.map((c) => ({ ...c, label: describeTag(c.tag, doc.template, lang) })) : [],
    [ready, doc.template, lang],
  );
  const overwrite = new Set([...choices].filter(([, choice]) => choice === "overwrite").map(([tag]) => tag));
  const changeCount = ready ? ready.plan.changes.length + ready.plan.rebuilds.length : 0;
  const canApply =
    pending !== undefined &&
    ready !== undefined &&
    // A document problem stops the apply: the review lists it, nothing can be written until it is fixed.
    ready.plan.issues.every((i) => (i.severity ?? "error") !== "error") &&
    (changeCount > 0 || overwrite.size > 0) &&
    apply.kind !== "running";

  const applyAll = async () => {
    if (!pending || !ready) return;
    selection.clearFailure();
    setApply({ kind: "running" });
    try {
      const result = await doc.applyRefresh(pending.figures, overwrite);
      setApply({
        kind: "done",
        changes: result.plan.changes.length + result.plan.rebuilds.length,
        kept: result.plan.conflicts.length,
        syncs: result.syncs,
      });
      session.setPending(undefined);
      session.documentChanged();
    } catch (error) {
      setApply({ kind: "failed", failure: documentFailure(error) });
    }
  };

  return {
    pending,
    blank,
    preview,
    previewFailure: preview.state === "failed" ? documentFailure(preview.error) : undefined,
    groups,
    conflicts,
    rebuilds: ready?.plan.rebuilds ?? [],
    documentIssues: (ready?.plan.issues ?? []).map((issue) => wordIssue(issue, doc.template, lang)),
    syncs: ready?.syncs,
    empty: ready !== undefined && changeCount === 0 && conflicts.length === 0,
    changeCount,
    choiceOf: (tag: string): ConflictChoice => choices.get(tag) ?? "keep",
    choose: (tag: string, choice: ConflictChoice) =>
      setChoices((current) => new Map(current).set(tag, choice)),
    labelOf,
    tableTitle: (id: string) => doc.template.tables[id]?.title[lang] ?? id,
    canApply,
    apply,
    applyAll,
    discard: () => session.setPending(undefined),
    select: selection.select,
    /** The correction of a figure the clerk may type, opened in its own panel. */
    correctOf: (tag: string) => (isCorrectable(doc.template, tag) ? () => session.correct(tag) : undefined),
    selectFailure: selection.failure,
    retry: preview.reload,
  };
}
