import { makeStyles, tokens } from "@fluentui/react-components";

export const useOutlineStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  entry: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    flexGrow: 1,
    whiteSpace: "normal",
    height: "auto",
  },
  depth1: { paddingLeft: tokens.spacingHorizontalL },
  depth2: { paddingLeft: tokens.spacingHorizontalXXL },
  depth3: { paddingLeft: `calc(${tokens.spacingHorizontalXXL} + ${tokens.spacingHorizontalL})` },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});
