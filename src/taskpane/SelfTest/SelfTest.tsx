import { Body1, mergeClasses } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { selfTestText, type SelfTestCheck, type SelfTestRunner } from "../services/SelfTestRunner";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import { documentFailure } from "../shared/describeFailure";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import { useSelfTestStyles } from "./SelfTest.styles";
import { useSelfTest } from "./useSelfTest";

/**
 * “Kiểm tra tương thích”: the add-in's own operations tried on a scratch document (a hidden one on desktop Word,
 * a blank one the clerk confirms elsewhere), each check shown passed or failed, with Word's version, and the
 * report copied for IT. Check names, error codes and API sets stay under “Chi tiết kỹ thuật”.
 */
export function SelfTest({ runner }: { readonly runner: SelfTestRunner }) {
  const { t, lang } = useLanguage();
  const styles = useSelfTestStyles();
  const s = useSelfTest(runner);
  const { state } = s;
  const checks: readonly SelfTestCheck[] =
    state.kind === "running" ? state.checks : state.kind === "done" ? state.report.checks : [];

  return (
    <div className={styles.root}>
      <Body1>{t.selfTest.intro}</Body1>
      {state.kind === "confirming" ? (
        <Notice
          intent="warning"
          title={t.selfTest.confirmTitle}
          actions={
            <>
              <ActionButton appearance="primary" size="small" onClick={s.confirm}>
                {t.selfTest.confirmRun}
              </ActionButton>
              <ActionButton size="small" onClick={s.cancel}>
                {t.selfTest.cancel}
              </ActionButton>
            </>
          }
        >
          {t.selfTest.confirm}
        </Notice>
      ) : (
        <div className={styles.actions}>
          <ActionButton appearance="primary" onClick={s.start} disabled={state.kind === "running"}>
            {t.selfTest.run}
          </ActionButton>
          {state.kind === "done" ? (
            <ActionButton onClick={() => void s.copy(state.report)}>{t.selfTest.copy}</ActionButton>
          ) : null}
        </div>
      )}
      {state.kind === "running" ? <Busy label={t.selfTest.running(state.checks.length)} /> : null}
      {state.kind === "notBlank" ? (
        <Notice intent="warning" title={t.selfTest.notBlankTitle}>
          {t.selfTest.notBlank}
        </Notice>
      ) : null}
      {state.kind === "failed" ? <FailureNotice failure={documentFailure(state.error)} /> : null}
      {s.copied ? (
        <Notice intent={s.copied === "copied" ? "success" : "warning"} title={s.copied === "copied" ? t.selfTest.copied : t.selfTest.copyFailed}>
          {null}
        </Notice>
      ) : null}
      {state.kind === "done" ? (
        <Notice
          intent={state.report.ok ? "success" : "error"}
          title={state.report.ok ? t.selfTest.allPassedTitle : t.selfTest.someFailedTitle}
        >
          {t.selfTest.word(state.report.host.version ?? "?", state.report.host.platform ?? "")}.{" "}
          {t.selfTest.summary(state.report.passed, state.report.failed, state.report.skipped)}
          {state.report.ok ? null : ` ${t.selfTest.someFailed}`}
        </Notice>
      ) : null}
      {checks.length ? (
        <ul className={styles.list} aria-label={t.selfTest.list}>
          {checks.map((check) => (
            <li key={check.id} className={mergeClasses(styles.item, styles[check.status])} data-status={check.status}>
              <span>{t.selfTest.status[check.status]}</span>
              <span>{check.title[lang]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {state.kind === "done" ? (
        <TechnicalDetails>
          <pre className={styles.technical}>{selfTestText(state.report)}</pre>
        </TechnicalDetails>
      ) : null}
    </div>
  );
}
