import { mergeClasses, useId } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { Busy } from "../shared/Busy";
import { FailureNotice } from "../shared/Notice";
import { StateBadge } from "../shared/StateBadge";
import { useTypography } from "../shared/typography.styles";
import { useOutlineStyles } from "./Outline.styles";
import { STATE_TONE } from "./Outline.types";
import { useOutline } from "./useOutline";

/** The numbered sections of the report, each with its state; a click goes there in the document. */
export function Outline() {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useOutlineStyles();
  const o = useOutline();
  const depthClass = [undefined, styles.depth1, styles.depth2, styles.depth3];
  const stateId = useId("outline-state");
  const reload = (
    <ActionButton size="small" onClick={o.reload}>
      {t.outline.reload}
    </ActionButton>
  );

  return (
    <div className={styles.root}>
      {o.outline.state === "loading" ? <Busy label={t.outline.loading} /> : null}
      {o.failure ? <FailureNotice failure={o.failure} actions={reload} /> : null}
      {o.selectFailure ? <FailureNotice failure={o.selectFailure} /> : null}
      {o.outline.state === "ready" && o.outline.value.length === 0 ? (
        <p className={type.body}>{t.outline.empty}</p>
      ) : null}
      {o.outline.state === "ready" && o.outline.value.length > 0 ? (
        <nav aria-label={t.outline.nav}>
          <ol className={styles.list}>
            {o.outline.value.map((entry, index) => (
              <li key={entry.id} className={mergeClasses(styles.item, depthClass[Math.min(entry.depth, 3)])}>
                <ActionButton
                  appearance="subtle"
                  size="small"
                  className={styles.entry}
                  aria-describedby={`${stateId}-${index}`}
                  onClick={() => o.goTo(entry.id)}
                >
                  {`${entry.number} ${entry.title}`.trim()}
                </ActionButton>
                <StateBadge id={`${stateId}-${index}`} tone={STATE_TONE[entry.state]}>
                  {t.outline.states[entry.state]}
                </StateBadge>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className={styles.actions}>{o.outline.state === "ready" ? reload : null}</div>
    </div>
  );
}
