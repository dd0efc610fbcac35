import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ActionButton } from "../controls/ActionButton";

const usePanelStyles = makeStyles({
  root: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  toggle: {
    width: "100%",
    justifyContent: "flex-start",
    paddingLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    minHeight: "40px",
  },
  chevron: {
    width: "12px",
    height: "12px",
    flexShrink: 0,
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
  },
  open: { transform: "rotate(90deg)" },
  body: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}` },
});

export type PanelProps = {
  readonly id: string;
  readonly title: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
};

/**
 * One step of the pane: a level-2 heading whose button shows or hides the body (the disclosure pattern,
 * aria-expanded / aria-controls). A closed panel's body is not rendered, so it asks nothing of Word.
 */
export function Panel({ id, title, open, onToggle, children }: PanelProps) {
  const styles = usePanelStyles();
  const bodyId = useId(`panel-${id}`);
  return (
    <div className={styles.root} data-panel={id}>
      <h2 className={styles.heading}>
        <ActionButton
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
          icon={
            <svg
              className={mergeClasses(styles.chevron, open && styles.open)}
              viewBox="0 0 12 12"
              aria-hidden="true"
              focusable="false"
            >
              <path
                d="M4 2l4 4-4 4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          }
        >
          {title}
        </ActionButton>
      </h2>
      {open ? (
        <div id={bodyId} className={styles.body}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
