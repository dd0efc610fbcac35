import { makeStyles, tokens } from "@fluentui/react-components";

export const useSelfTestStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  passed: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}` },
  failed: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  skipped: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}` },
  technical: { whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0, fontFamily: tokens.fontFamilyMonospace },
});
