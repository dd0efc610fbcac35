import { makeStyles, tokens } from "@fluentui/react-components";

export const useRollForwardStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  periods: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  syncs: { color: tokens.colorNeutralForeground3 },
});
