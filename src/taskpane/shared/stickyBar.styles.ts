import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The bar that holds a step's primary action (Chèn, Áp dụng, Chuyển kỳ): it sticks to the bottom of the pane's
 * scrolling area, so the action stays in view at the pane's width however long the content above it.
 */
export const useStickyBarStyles = makeStyles({
  bar: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
