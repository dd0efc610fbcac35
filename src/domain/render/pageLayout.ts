import { mmToTwips } from "./xml";

/**
 * The page of Nghị định 30/2020, Phụ lục I: A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm
 * (the smallest each range allows, to give tables room); the page number sits in the top margin.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(30),
  right: mmToTwips(15),
  header: mmToTwips(10),
  footer: mmToTwips(10),
} as const;

/** The width between the margins: what a table may take. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** 1 cm, ND 30's first-line indent of body paragraphs. */
export const FIRST_LINE_INDENT = 567;
