import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Native form controls in Fluent's look, from Fluent's design tokens. The pane's budget (200 KB of gzipped
 * JavaScript) leaves no room for Fluent's Input, Select, Textarea, Radio, Checkbox and Field: the browser's own
 * elements do the same work, keep their built-in accessibility, and weigh nothing.
 */
export const useControlStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  hint: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  control: {
    boxSizing: "border-box",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ":focus-visible": {
      outline: "none",
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -${tokens.strokeWidthThin} 0 ${tokens.colorCompoundBrandStroke}`,
    },
    ":disabled": {
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorTransparentBackground,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeDisabled}`,
    },
  },
  smallControl: {
    minHeight: "24px",
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  textarea: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    resize: "vertical",
    lineHeight: tokens.lineHeightBase300,
  },
  choices: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  vertical: { flexDirection: "column" },
  choice: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "32px",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  mark: {
    width: "16px",
    height: "16px",
    margin: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
});
