import { issue, type Issue } from "../issues/Issue";
import { PAGE } from "../render/pageLayout";

/** The page setup a Word host reports (PageSetup, WordApiDesktop 1.3), in points. */
export type PageSetupReading = {
  readonly paperSize: string;
  readonly topMargin: number;
  readonly bottomMargin: number;
  readonly leftMargin: number;
  readonly rightMargin: number;
  readonly differentFirstPageHeaderFooter: boolean;
};

/** The three things of ND 30's page that the add-in sets through PageSetup, or the clerk sets by hand. */
export type PageSetupItem = "paper" | "margins" | "firstPage";
export const PAGE_SETUP_ITEMS: readonly PageSetupItem[] = ["paper", "margins", "firstPage"];

const points = (twips: number): number => twips / 20;
const mm = (twips: number): string => String(Math.round((twips * 25.4) / 1440));

/** ND 30's page in points: what PageSetup is given. */
export const ND30_PAGE_SETUP = {
  paperSize: "A4",
  topMargin: points(PAGE.top),
  bottomMargin: points(PAGE.bottom),
  leftMargin: points(PAGE.left),
  rightMargin: points(PAGE.right),
  headerDistance: points(PAGE.header),
  footerDistance: points(PAGE.footer),
  differentFirstPageHeaderFooter: true,
} as const;

/** The margins in millimetres, as the clerk types them in Word's Margins dialog. */
export const ND30_MARGINS_MM = { top: mm(PAGE.top), bottom: mm(PAGE.bottom), left: mm(PAGE.left), right: mm(PAGE.right) } as const;

/**
 * The check of ND 30's page: where the host can read the page setup, what differs (errors); where it cannot
 * (no WordApiDesktop 1.3: Office 2021, Word on the web), every item the clerk must set by hand (warnings), so
 * nothing is lost silently.
 *
 * @example pageSetupIssues(undefined).map((i) => i.params?.item) // → ["paper", "margins", "firstPage"]
 */
export function pageSetupIssues(reading: PageSetupReading | undefined): Issue[] {
  const params = (item: PageSetupItem) => ({ item, ...ND30_MARGINS_MM });
  if (!reading) return PAGE_SETUP_ITEMS.map((item) => issue("ready.pageSetupByHand", ["doc"], params(item), "warning"));
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 1;
  const wrong: PageSetupItem[] = [];
  if (reading.paperSize !== "A4") wrong.push("paper");
  const margins = ["topMargin", "bottomMargin", "leftMargin", "rightMargin"] as const;
  if (!margins.every((m) => near(reading[m], ND30_PAGE_SETUP[m]))) wrong.push("margins");
  if (!reading.differentFirstPageHeaderFooter) wrong.push("firstPage");
  return wrong.map((item) => issue("ready.pageSetupWrong", ["doc"], params(item)));
}
