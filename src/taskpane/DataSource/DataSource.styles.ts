import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataSourceStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  textarea: { minHeight: "8rem", fontFamily: tokens.fontFamilyMonospace },
  gridScroll: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerCell: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  badCell: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  cellMark: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightBold,
    marginLeft: tokens.spacingHorizontalXXS,
  },
  mapping: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  dropZone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropZoneActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // The file input is driven by “Chọn tệp Excel” and by dropping; it stays in the page for assistive tech
  // and for tests, out of sight.
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  // Pasted headers are long ("Số hồ sơ thực hiện mức độ 3 và 4"): let them wrap within a narrow pane.
  cell: {
    minWidth: "3rem",
    maxWidth: "9rem",
    overflowWrap: "anywhere",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
});
