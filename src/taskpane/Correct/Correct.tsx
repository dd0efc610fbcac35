import { Field, Input } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { ChangeTable } from "../ReviewChanges/ChangeTable";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import type { SettingsStore } from "../shared/settingsStore";
import { useStickyBarStyles } from "../shared/stickyBar.styles";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import { useTypography } from "../shared/typography.styles";
import { useCorrectStyles } from "./Correct.styles";
import { useCorrect } from "./useCorrect";

export type CorrectProps = {
  readonly settings: SettingsStore;
  readonly defaultServiceUrl: string;
  readonly defaultApiKey?: string;
};

/**
 * Correct one figure: the value typed (checked as the figure's type), what changes with it, and “Áp dụng”;
 * the result says where the correction went, and takes the focus so that the clerk hears and sees it.
 */
export function Correct(props: CorrectProps) {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useCorrectStyles();
  const sticky = useStickyBarStyles();
  const c = useCorrect({
    settingsStore: props.settings,
    defaultBaseUrl: props.defaultServiceUrl,
    ...(props.defaultApiKey ? { defaultApiKey: props.defaultApiKey } : {}),
  });
  const result = useRef<HTMLDivElement>(null);
  const followsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (c.apply.kind === "done" || c.apply.kind === "failed") result.current?.focus();
  }, [c.apply.kind]);
  useEffect(() => {
    if (c.check.kind === "ready") followsRef.current?.focus();
  }, [c.check.kind]);

  const done = c.apply.kind === "done" ? c.apply : undefined;
  return (
    <div className={styles.root}>
      <div ref={result} tabIndex={-1} className={styles.result} aria-live="polite">
        {done ? (
          <Notice
            intent={done.route === "readOnlyKey" ? "warning" : "success"}
            title={
              done.route === "service"
                ? t.correct.doneServiceTitle
                : done.route === "readOnlyKey"
                  ? t.correct.doneReadOnlyTitle
                  : t.correct.doneDocumentTitle
            }
          >
            {done.route === "service"
              ? t.correct.doneService(done.changes)
              : done.route === "readOnlyKey"
                ? t.correct.doneReadOnly(done.changes)
                : t.correct.doneDocument(done.changes)}
            <TechnicalDetails>{t.technical.syncs(done.syncs)}</TechnicalDetails>
          </Notice>
        ) : null}
        {c.applyFailure ? <FailureNotice failure={c.applyFailure} /> : null}
      </div>

      {!c.tag ? (
        <>
          <p className={type.body}>{t.correct.intro}</p>
          <ActionButton onClick={() => void c.fromSelection()} disabled={c.picking === "reading"}>
            {t.correct.fromSelection}
          </ActionButton>
          {c.picking === "reading" ? <Busy label={t.correct.reading} /> : null}
          {c.picking === "notAFigure" ? (
            <Notice intent="info" title={t.correct.notAFigureTitle}>
              {t.correct.notAFigure}
            </Notice>
          ) : null}
          {c.pickFailure ? <FailureNotice failure={c.pickFailure} /> : null}
        </>
      ) : (
        <form
          className={styles.form}
          aria-label={t.correct.form}
          onSubmit={(event) => {
            event.preventDefault();
            void c.preview();
          }}
        >
          <h3 className={styles.heading}>{c.label}</h3>
          {c.check.kind === "ready" ? (
            <p className={type.caption}>{t.correct.shown(c.check.preview.current)}</p>
          ) : null}
          <Field
            label={t.correct.value}
            validationState={c.invalid ? "error" : "none"}
            validationMessage={c.invalid}
          >
            <Input value={c.text} onChange={(_, data) => c.type(data.value)} autoComplete="off" />
          </Field>
          <ActionButton type="submit" disabled={c.text.trim() === "" || c.check.kind === "checking"}>
            {t.correct.check}
          </ActionButton>
          {c.check.kind === "checking" ? <Busy label={t.correct.checking} /> : null}
          {c.checkFailure ? <FailureNotice failure={c.checkFailure} /> : null}
          {c.check.kind === "ready" ? (
            <div ref={followsRef} tabIndex={-1} className={styles.result} role="status">
              {c.follows.length > 0 ? (
                <ChangeTable
                  group={{ sectionId: "", heading: t.correct.follows, changes: c.follows }}
                  onSelect={c.select}
                />
              ) : (
                <p className={type.body}>{t.correct.nothingElse}</p>
              )}
            </div>
          ) : null}
          <div className={sticky.bar}>
            <ActionButton appearance="primary" disabled={!c.canApply} onClick={() => void c.applyIt()}>
              {t.correct.apply}
            </ActionButton>
            <ActionButton onClick={c.cancel} disabled={c.apply.kind === "running"}>
              {t.correct.cancel}
            </ActionButton>
            {c.apply.kind === "running" ? <Busy label={t.correct.applying} /> : null}
          </div>
        </form>
      )}
    </div>
  );
}
