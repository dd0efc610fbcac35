import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's spacing on Fluent's Table: compact rows, cells aligned to the top. */
export const useTableStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  row: { ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
});
