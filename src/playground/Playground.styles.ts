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
  previewBody: {
    minHeight: "100%",
    // A figure the clerk may type into (markPreview's link) reads as the text it is, and says it can be typed.
    '& a[href^="#baocao-edit-"]': {
      color: "inherit",
      textDecorationLine: "none",
      cursor: "text",
      ":hover": { outline: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}` },
      ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    },
  },
  /** The typing box over a figure of the preview, where the clerk clicked it. */
  typing: {
    position: "absolute",
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusMedium,
  },
});
