import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import { useStickyBarStyles } from "../shared/stickyBar.styles";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import { useRollForwardStyles } from "./RollForward.styles";
import { useRollForward } from "./useRollForward";

/**
 * "Chuyển sang kỳ sau": the next period shown, then Fluent's alert dialog asking to confirm (it takes the focus,
 * keeps it inside until answered, and Escape cancels), then the roll.
 */
export function RollForward() {
  const { t } = useLanguage();
  const styles = useRollForwardStyles();
  const sticky = useStickyBarStyles();
  const r = useRollForward();

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
          <div className={sticky.bar}>
            <ActionButton appearance="primary" onClick={r.ask} disabled={r.state.kind === "running"}>
              {t.rollForward.start}
            </ActionButton>
            {r.state.kind === "running" ? <Busy label={t.rollForward.rolling} /> : null}
          </div>
          <Dialog
            modalType="alert"
            open={r.state.kind === "confirming"}
            onOpenChange={(_, data) => {
              if (!data.open) r.cancel();
            }}
          >
            <DialogSurface aria-describedby="roll-confirm-body">
              <DialogBody>
                <DialogTitle>{t.rollForward.confirmTitle(r.next)}</DialogTitle>
                <DialogContent id="roll-confirm-body">{t.rollForward.confirmBody(r.current, r.next)}</DialogContent>
                <DialogActions>
                  <ActionButton appearance="primary" onClick={() => void r.roll()}>
                    {t.rollForward.confirm}
                  </ActionButton>
                  <ActionButton onClick={r.cancel}>{t.rollForward.cancel}</ActionButton>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </>
      ) : r.state.kind !== "done" ? (
        <Notice intent="info" title={t.panels.rollForward}>
          {t.rollForward.notReport}
        </Notice>
      ) : null}
    </div>
  );
}
