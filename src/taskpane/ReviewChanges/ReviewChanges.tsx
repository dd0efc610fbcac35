import { describeSourceLabel } from "../shared/describeSource";
import { useEffect, useRef } from "react";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import { useStickyBarStyles } from "../shared/stickyBar.styles";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import { useTypography } from "../shared/typography.styles";
import { ChangeTable } from "./ChangeTable";
import { ConflictList } from "./ConflictList";
import { useReviewChangesStyles } from "./ReviewChanges.styles";
import { useReviewChanges } from "./useReviewChanges";

/** The changes the new figures would make, old → new by section; hand edits to keep or overwrite; "Áp dụng". */
export function ReviewChanges() {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useReviewChangesStyles();
  const sticky = useStickyBarStyles();
  const r = useReviewChanges();
  // The result is announced where the clerk looks: the focus moves to it, and its live region says it.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (r.apply.kind === "done" || r.apply.kind === "failed") result.current?.focus();
  }, [r.apply.kind]);

  return (
    <div className={styles.root}>
      <div
        ref={result}
        tabIndex={-1}
        className={styles.result}
        aria-live="polite"
        data-testid="review-result"
      >
        {r.apply.kind === "done" ? (
          <Notice intent="success" title={t.review.appliedTitle}>
            {t.review.applied(r.apply.changes, r.apply.kept)}
            <TechnicalDetails>{t.technical.syncs(r.apply.syncs)}</TechnicalDetails>
          </Notice>
        ) : null}
        {r.apply.kind === "failed" ? <FailureNotice failure={r.apply.failure} /> : null}
      </div>
      {r.selectFailure ? <FailureNotice failure={r.selectFailure} /> : null}

      {!r.pending ? (
        r.apply.kind === "done" ? null : (
          <Notice intent="info" title={t.review.noneTitle}>
            {t.review.none}
          </Notice>
        )
      ) : (
        <>
          <p className={type.body}>{t.review.from(describeSourceLabel(r.pending.source, t))}</p>
          {r.blank ? (
            <Notice intent="info" title={t.review.blankTitle}>
              {t.review.blank}
            </Notice>
          ) : null}
          {r.preview.state === "loading" ? <Busy label={t.review.loading} /> : null}
          {r.previewFailure ? (
            <FailureNotice
              failure={r.previewFailure}
              actions={
                <ActionButton size="small" onClick={r.retry}>
                  {t.failures.retry}
                </ActionButton>
              }
            />
          ) : null}
          {r.documentIssues.length > 0 ? (
            <Notice intent="warning" title={t.review.documentIssuesTitle}>
              <ul className={styles.list}>
                {r.documentIssues.map((text, k) => (
                  <li key={k}>{text}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {r.empty ? (
            <Notice intent="info" title={t.review.sameTitle}>
              {t.review.same}
            </Notice>
          ) : null}
          {r.preview.state === "ready" && !r.empty ? (
            <>
              <p className={type.strong} role="status">
                {t.review.summary(r.changeCount, r.conflicts.length)}
              </p>
              {r.groups.length > 0 ? <span className={type.caption}>{t.review.selectHint}</span> : null}
              {r.groups.map((group) => (
                <ChangeTable
                  key={group.sectionId}
                  group={group}
                  onSelect={(tag) => void r.select({ tag })}
                  onCorrect={r.correctOf}
                />
              ))}
              {r.rebuilds.map((rebuild) => (
                <p key={rebuild.tableId} className={type.body}>
                  {t.review.rebuild(r.tableTitle(rebuild.tableId), rebuild.oldRows, rebuild.newRows)}
                </p>
              ))}
              {r.conflicts.length > 0 ? (
                <ConflictList
                  conflicts={r.conflicts}
                  choiceOf={r.choiceOf}
                  onChoose={r.choose}
                  onSelect={(tag) => void r.select({ tag })}
                />
              ) : null}
            </>
          ) : null}
          <div className={sticky.bar}>
            <ActionButton appearance="primary" disabled={!r.canApply} onClick={() => void r.applyAll()}>
              {t.review.apply}
            </ActionButton>
            <ActionButton onClick={r.discard} disabled={r.apply.kind === "running"}>
              {t.review.discard}
            </ActionButton>
            {r.apply.kind === "running" ? <Busy label={t.review.applying} /> : null}
          </div>
          {r.syncs !== undefined ? <TechnicalDetails>{t.technical.syncs(r.syncs)}</TechnicalDetails> : null}
        </>
      )}
    </div>
  );
}
