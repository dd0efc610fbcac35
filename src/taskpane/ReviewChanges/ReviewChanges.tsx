import { ActionButton } from "../controls/ActionButton";
import { mergeClasses } from "@fluentui/react-components";
import { Busy } from "../shared/Busy";
import { useLanguage } from "../context/LanguageContext";
import { useTypography } from "../shared/typography.styles";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import { FailureNotice, Notice } from "../shared/Notice";
import { useTableStyles } from "../shared/table.styles";
import { useReviewChangesStyles } from "./ReviewChanges.styles";
import type { ChangeGroup, ConflictChoice } from "./ReviewChanges.types";
import { useReviewChanges } from "./useReviewChanges";

/** The changes the new figures would make, old → new by section; hand edits to keep or overwrite; "Áp dụng". */
export function ReviewChanges() {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useReviewChangesStyles();
  const r = useReviewChanges();

  return (
    <div className={styles.root}>
      {r.apply.kind === "done" ? (
        <Notice intent="success" title={t.review.appliedTitle}>
          {t.review.applied(r.apply.changes, r.apply.kept)}{" "}
          <span className={type.caption}>({t.review.syncs(r.apply.syncs)})</span>
        </Notice>
      ) : null}
      {r.apply.kind === "failed" ? <FailureNotice failure={r.apply.failure} /> : null}
      {r.selectFailure ? <FailureNotice failure={r.selectFailure} /> : null}

      {!r.pending ? (
        r.apply.kind === "done" ? null : (
          <Notice intent="info" title={t.review.noneTitle}>
            {t.review.none}
          </Notice>
        )
      ) : (
        <>
          <p className={type.body}>{t.review.from(r.pending.sourceLabel)}</p>
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
                <ChangeTable key={group.sectionId} group={group} onSelect={(tag) => void r.select({ tag })} />
              ))}
              {r.rebuilds.map((rebuild) => (
                <p key={rebuild.tableId} className={type.body}>
                  {t.review.rebuild(rebuild.tableId, rebuild.oldRows, rebuild.newRows)}
                </p>
              ))}
              {r.conflicts.length > 0 ? (
                <section className={styles.group} aria-label={t.review.conflictsTitle}>
                  <h3 className={styles.groupHeading}>{t.review.conflictsTitle}</h3>
                  <span className={type.caption}>{t.review.conflictsBody}</span>
                  {r.conflicts.map((conflict) => (
                    <div key={conflict.tag} className={styles.conflict}>
                      <ActionButton
                        appearance="transparent"
                        size="small"
                        className={styles.label}
                        onClick={() => void r.select({ tag: conflict.tag })}
                      >
                        {conflict.label}
                      </ActionButton>
                      <p className={type.body}>
                        {t.review.inDocument}: <strong>{conflict.current || t.review.empty}</strong>{" "}
                        {t.review.arrow} {t.review.new}: <strong>{conflict.new || t.review.empty}</strong>
                      </p>
                      <ChoiceGroup<ConflictChoice>
                        label={conflict.label}
                        labelHidden
                        layout="vertical"
                        value={r.choiceOf(conflict.tag)}
                        onChange={(choice) => r.choose(conflict.tag, choice)}
                        options={[
                          { value: "keep", label: t.review.keep },
                          { value: "overwrite", label: t.review.overwrite },
                        ]}
                      />
                    </div>
                  ))}
                </section>
              ) : null}
            </>
          ) : null}
          <div className={styles.actions}>
            <ActionButton appearance="primary" disabled={!r.canApply} onClick={() => void r.applyAll()}>
              {t.review.apply}
            </ActionButton>
            <ActionButton onClick={r.discard} disabled={r.apply.kind === "running"}>
              {t.review.discard}
            </ActionButton>
            {r.apply.kind === "running" ? <Busy label={t.review.applying} /> : null}
          </div>
          {r.syncs !== undefined ? <p className={type.caption}>{t.review.syncs(r.syncs)}</p> : null}
        </>
      )}
    </div>
  );
}

function ChangeTable({
  group,
  onSelect,
}: {
  readonly group: ChangeGroup;
  readonly onSelect: (tag: string) => void;
}) {
  const { t } = useLanguage();
  const styles = useReviewChangesStyles();
  const table = useTableStyles();
  return (
    <section className={styles.group} aria-label={group.heading}>
      <h3 className={styles.groupHeading}>{group.heading}</h3>
      <table className={table.table} aria-label={group.heading}>
        <thead>
          <tr>
            <th className={table.th} scope="col">
              {t.review.figure}
            </th>
            <th className={table.th} scope="col">
              {t.review.old}
            </th>
            <th className={table.th} scope="col">
              {t.review.new}
            </th>
          </tr>
        </thead>
        <tbody>
          {group.changes.map((change) => (
            // The label is a button for the keyboard; the whole row answers the mouse.
            <tr
              key={change.tag}
              className={mergeClasses(table.row, styles.row)}
              onClick={() => onSelect(change.tag)}
            >
              <td className={table.td}>
                <ActionButton appearance="transparent" size="small" className={styles.label}>
                  {change.label}
                </ActionButton>
              </td>
              <td className={mergeClasses(table.td, styles.old)}>{change.old || t.review.empty}</td>
              <td className={mergeClasses(table.td, styles.new)}>{change.new || t.review.empty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
