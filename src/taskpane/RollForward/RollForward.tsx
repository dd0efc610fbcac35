import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { FailureNotice, Notice } from "../shared/Notice";
import { useRollForwardStyles } from "./RollForward.styles";
import { useRollForward } from "./useRollForward";

/** "Chuyển sang kỳ sau": the next period shown, a confirmation, then the roll. */
export function RollForward() {
  const { t } = useLanguage();
  const styles = useRollForwardStyles();
  const r = useRollForward();

  if (r.statusLoading && r.state.kind !== "done") return <Spinner size="tiny" labelPosition="after" label={t.status.loading} />;
  return (
    <div className={styles.root}>
      {r.state.kind === "done" ? (
        <Notice intent="success" title={t.rollForward.doneTitle}>
          {t.rollForward.done(r.state.next, r.state.changes)} <Caption1>({t.review.syncs(r.state.syncs)})</Caption1>
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
          <div className={styles.actions}>
            <Button appearance="primary" onClick={r.ask} disabled={r.state.kind === "running"}>
              {t.rollForward.start}
            </Button>
            {r.state.kind === "running" ? <Spinner size="tiny" label={t.rollForward.rolling} /> : null}
          </div>
          <Dialog open={r.state.kind === "confirming"} onOpenChange={(_, data) => (data.open ? undefined : r.cancel())}>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{t.rollForward.confirmTitle(r.next)}</DialogTitle>
                <DialogContent>{t.rollForward.confirmBody(r.current, r.next)}</DialogContent>
                <DialogActions>
                  <Button appearance="primary" onClick={() => void r.roll()}>
                    {t.rollForward.confirm}
                  </Button>
                  <Button onClick={r.cancel}>{t.rollForward.cancel}</Button>
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
