import { makeStyles, tokens } from "@fluentui/react-components";

export const useReviewChangesStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  result: { outlineStyle: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { cursor: "pointer" },
  label: {
    textAlign: "start",
    justifyContent: "flex-start",
    minWidth: 0,
    height: "auto",
    paddingLeft: 0,
    paddingRight: 0,
    whiteSpace: "normal",
  },
  old: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  new: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  conflict: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  syncs: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
