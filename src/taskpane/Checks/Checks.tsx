import { mergeClasses } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import { StateBadge } from "../shared/StateBadge";
import { useChecksStyles } from "./Checks.styles";
import { useChecks } from "./useChecks";

/** Readiness before signing: phải sửa, nên xem, để văn thư điền; each item goes to its place in the document. */
export function Checks() {
  const { t } = useLanguage();
  const styles = useChecksStyles();
  const c = useChecks();
  const reload = (
    <ActionButton size="small" onClick={c.reload}>
      {t.checks.reload}
    </ActionButton>
  );

  return (
    <div className={styles.root}>
      {c.readiness.state === "loading" ? <Busy label={t.checks.loading} /> : null}
      {c.failure ? <FailureNotice failure={c.failure} actions={reload} /> : null}
      {c.selectFailure ? <FailureNotice failure={c.selectFailure} /> : null}
      {c.allGood ? (
        <Notice intent="success" title={t.checks.allGoodTitle}>
          {t.checks.allGood}
        </Notice>
      ) : null}
      {c.groups.map((group) => (
        <section key={group.severity} className={styles.group} aria-label={t.checks.groups[group.severity]}>
          <h3 className={styles.heading}>
            {t.checks.groups[group.severity]}
            <StateBadge
              tone={
                group.severity === "error" ? "danger" : group.severity === "warning" ? "warning" : "neutral"
              }
            >
              {group.items.length}
            </StateBadge>
          </h3>
          <ul className={styles.list}>
            {c.shown(group).map(({ item, text }, k) => (
              <li key={k}>
                {item.tag || item.finding ? (
                  <ActionButton
                    appearance="subtle"
                    size="small"
                    className={mergeClasses(styles.item, styles[group.severity])}
                    onClick={() => c.goTo(item)}
                  >
                    {text}
                  </ActionButton>
                ) : (
                  <span className={mergeClasses(styles.item, styles[group.severity])}>{text}</span>
                )}
                {c.correctOf(item) ? (
                  <ActionButton
                    size="small"
                    appearance="transparent"
                    aria-label={t.correct.editNamed(c.labelOf(item))}
                    onClick={c.correctOf(item)}
                  >
                    {t.correct.edit}
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
          {group.items.length > c.shown(group).length ? (
            <ActionButton
              size="small"
              appearance="transparent"
              className={styles.showAll}
              onClick={() => c.showAll(group.severity)}
            >
              {t.checks.showAll(group.items.length)}
            </ActionButton>
          ) : null}
        </section>
      ))}
      {c.readiness.state === "ready" ? <div className={styles.actions}>{reload}</div> : null}
    </div>
  );
}
