import { useEffect, useRef } from "react";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import { useStickyBarStyles } from "../shared/stickyBar.styles";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import { useRollForwardStyles } from "./RollForward.styles";
import { useRollForward } from "./useRollForward";

/**
 * "Chuyển sang kỳ sau": the next period shown, then a confirmation in place (a modal dialog would crowd a
 * narrow task pane), then the roll.
 */
export function RollForward() {
  const { t } = useLanguage();
  const styles = useRollForwardStyles();
  const sticky = useStickyBarStyles();
  const r = useRollForward();
  const confirmRef = useRef<HTMLButtonElement | null>(null);
  const confirming = r.state.kind === "confirming";
  // The question takes the focus, so keyboard and screen-reader users answer it next.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (r.statusLoading && r.state.kind !== "done") return <Busy label={t.status.loading} />;
  return (
    <div className={styles.root}>
      {r.state.kind === "done" ? (
        <Notice intent="success" title={t.rollForward.doneTitle}>
          {t.rollForward.done(r.state.next, r.state.changes)}
          <TechnicalDetails>{t.technical.syncs(r.state.syncs)}</TechnicalDetails>
        </Notice>
      ) : null}
      {r.state.kind === "failed" ? <FailureNotice failure={r.state.failure} /> : null}
      {r.current && r.next ? (
        <>
          <dl className={styles.periods}>
            <div className={styles.pair}>
              <dt className={styles.term}>{t.rollForward.current}</dt>
              <dd className={styles.definition}>{r.current}</dd>
            </div>
            <div className={styles.pair}>
              <dt className={styles.term}>{t.rollForward.next}</dt>
              <dd className={styles.definition}>{r.next}</dd>
            </div>
          </dl>
          {confirming ? (
            <div
              className={styles.confirm}
              role="alertdialog"
              aria-labelledby="roll-confirm-title"
              aria-describedby="roll-confirm-body"
            >
              <p id="roll-confirm-title" className={styles.confirmTitle}>
                {t.rollForward.confirmTitle(r.next)}
              </p>
              <p id="roll-confirm-body" className={styles.confirmBody}>
                {t.rollForward.confirmBody(r.current, r.next)}
              </p>
              <div className={sticky.bar}>
                <ActionButton ref={confirmRef} appearance="primary" onClick={() => void r.roll()}>
                  {t.rollForward.confirm}
                </ActionButton>
                <ActionButton onClick={r.cancel}>{t.rollForward.cancel}</ActionButton>
              </div>
            </div>
          ) : (
            <div className={sticky.bar}>
              <ActionButton appearance="primary" onClick={r.ask} disabled={r.state.kind === "running"}>
                {t.rollForward.start}
              </ActionButton>
              {r.state.kind === "running" ? <Busy label={t.rollForward.rolling} /> : null}
            </div>
          )}
        </>
      ) : r.state.kind !== "done" ? (
        <Notice intent="info" title={t.panels.rollForward}>
          {t.rollForward.notReport}
        </Notice>
      ) : null}
    </div>
  );
}
