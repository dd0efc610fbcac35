/** The pane's two themes. */
export type ThemeName = "light" | "dark";

type OfficeThemeLike = {
  readonly context?: { readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null } | null;
};

/**
 * The pane's theme from the Office theme, when Office says it (`Office.context.officeTheme`, desktop and Mac):
 * dark when the body background is dark; light otherwise, and outside Office.
 *
 * @example themeFromOffice({ context: { officeTheme: { bodyBackgroundColor: "#262626" } } }) // → "dark"
 */
export function themeFromOffice(office: OfficeThemeLike | undefined): ThemeName {
  let background: string | undefined;
  try {
    background = office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // Some hosts throw when the theme is not available (Word on the web).
    return "light";
  }
  const rgb = background ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background.trim()) : null;
  if (!rgb) return "light";
  const [r, g, b] = rgb.slice(1, 4).map((hex) => Number.parseInt(hex, 16) / 255) as [number, number, number];
  // Perceived lightness (Rec. 709 weights) is enough to tell a dark theme from a light one.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
