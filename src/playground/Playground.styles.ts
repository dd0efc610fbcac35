import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlaygroundStyles = makeStyles({
  root: {
    height: "100vh",
    display: "grid",
    gridTemplateRows: "auto 1fr",
    // Word's task pane is 350 px wide by default: the playground shows the pane as Word would.
    gridTemplateColumns: "350px 1fr",
    gridTemplateAreas: '"bar bar" "pane preview"',
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  bar: {
    gridArea: "bar",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: tokens.spacingHorizontalL },
  status: {
    marginLeft: "auto",
    color: tokens.colorNeutralForeground3,
    display: "flex",
    columnGap: tokens.spacingHorizontalM,
  },
  hiddenInput: { display: "none" },
  pane: {
    gridArea: "pane",
    overflowY: "auto",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  preview: { gridArea: "preview", overflow: "auto", position: "relative" },
  notice: { padding: tokens.spacingHorizontalM },
  previewBody: { minHeight: "100%" },
});
