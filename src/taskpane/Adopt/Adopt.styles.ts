import { makeStyles, tokens } from "@fluentui/react-components";

export const useAdoptStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  preview: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  weak: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  facts: { margin: 0 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});
