import { makeStyles, tokens } from "@fluentui/react-components";

const useBusyStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  ring: {
    width: "14px",
    height: "14px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
});

/** "Đang …": a work in progress, said to screen readers as a status (a small ring instead of Fluent's Spinner). */
export function Busy({ label }: { readonly label: string }) {
  const styles = useBusyStyles();
  return (
    <span className={styles.root} role="status">
      <span className={styles.ring} aria-hidden="true" />
      {label}
    </span>
  );
}
