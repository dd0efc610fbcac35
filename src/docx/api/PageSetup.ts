/**
 * Word.PageSetup (WordApiDesktop 1.3: Windows and Mac only) over one section's `w:sectPr`, or over every section
 * for `document.pageSetup` (read from the first, written to all). Sizes are in points as the reference says
 * (OOXML keeps twentieths of a point). Only the members the add-in uses are here.
 */
import { DocxError } from "./DocxError";
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import { sectPrChild } from "../model/sections";
import { setWAttr, wAttr, wChild, type XElement } from "../xml/xmlDom";

type Sections = readonly XElement[];

const PAPER: Readonly<Record<string, readonly [number, number]>> = {
  A4: [11906, 16838], A5: [8391, 11906], A3: [16838, 23811], Letter: [12240, 15840], Legal: [12240, 20160],
};

const twips = (sectPr: XElement, child: string, attr: string): number => Number(wAttr(wChild(sectPr, child), attr) ?? 0);
const points = (twentieths: number): number => twentieths / 20;

function paperSizeOf(sectPr: XElement): string {
  const [w, h] = [twips(sectPr, "pgSz", "w"), twips(sectPr, "pgSz", "h")];
  const found = Object.entries(PAPER).find(([, [pw, ph]]) => Math.abs(Math.min(w, h) - pw) <= 20 && Math.abs(Math.max(w, h) - ph) <= 20);
  return found?.[0] ?? "Custom";
}

function setTwips(sectPr: XElement, child: string, attr: string, pointsValue: unknown): void {
  if (typeof pointsValue !== "number" || !Number.isFinite(pointsValue) || pointsValue < 0) {
    throw new DocxError("InvalidArgument", `PageSetup: ${attr} must be a number of points.`);
  }
  setWAttr(sectPrChild(sectPr, child), attr, String(Math.round(pointsValue * 20)));
}

function setTitlePage(sectPr: XElement, on: boolean): void {
  const el = wChild(sectPr, "titlePg");
  if (on && !el) sectPrChild(sectPr, "titlePg");
  else if (on && el) el.removeAttribute("w:val");
  else if (!on && el) sectPr.removeChild(el);
}

const MARGINS = { topMargin: "top", bottomMargin: "bottom", leftMargin: "left", rightMargin: "right", headerDistance: "header", footerDistance: "footer", gutter: "gutter" } as const;
type MarginName = keyof typeof MARGINS;

export class PageSetupProxy extends ProxyObject<Sections> {
  protected typeName(): string {
    return "PageSetup";
  }

  protected scalarGetters(): ScalarGetters<Sections> {
    const margin = (name: MarginName) => (s: Sections) => points(twips(s[0]!, "pgMar", MARGINS[name]));
    return {
      paperSize: (s) => paperSizeOf(s[0]!),
      pageWidth: (s) => points(twips(s[0]!, "pgSz", "w")),
      pageHeight: (s) => points(twips(s[0]!, "pgSz", "h")),
      orientation: (s) => (wAttr(wChild(s[0]!, "pgSz"), "orient") === "landscape" ? "Landscape" : "Portrait"),
      differentFirstPageHeaderFooter: (s) => {
        const el = wChild(s[0]!, "titlePg");
        return el !== null && !["0", "false", "off"].includes(wAttr(el) ?? "");
      },
      ...Object.fromEntries((Object.keys(MARGINS) as MarginName[]).map((m) => [m, margin(m)])),
    };
  }

  get paperSize(): string { return this.prop("paperSize"); }
  set paperSize(v: string) {
    this.setProp("paperSize", v, (s, value) => {
      const size = PAPER[value];
      if (!size) throw new DocxError("InvalidArgument", `PageSetup.paperSize: '${String(value)}' is not supported here.`);
      for (const sectPr of s) {
        const landscape = wAttr(wChild(sectPr, "pgSz"), "orient") === "landscape";
        const pgSz = sectPrChild(sectPr, "pgSz");
        setWAttr(pgSz, "w", String(landscape ? size[1] : size[0]));
        setWAttr(pgSz, "h", String(landscape ? size[0] : size[1]));
      }
    });
  }
  get pageWidth(): number { return this.prop("pageWidth"); }
  set pageWidth(v: number) { this.setProp("pageWidth", v, (s, value) => s.forEach((x) => setTwips(x, "pgSz", "w", value))); }
  get pageHeight(): number { return this.prop("pageHeight"); }
  set pageHeight(v: number) { this.setProp("pageHeight", v, (s, value) => s.forEach((x) => setTwips(x, "pgSz", "h", value))); }
  get orientation(): string { return this.prop("orientation"); }
  get differentFirstPageHeaderFooter(): boolean { return this.prop("differentFirstPageHeaderFooter"); }
  set differentFirstPageHeaderFooter(v: boolean) {
    this.setProp("differentFirstPageHeaderFooter", v, (s, value) => s.forEach((x) => setTitlePage(x, value === true)));
  }
  get topMargin(): number { return this.prop("topMargin"); }
  set topMargin(v: number) { this.margin("topMargin", v); }
  get bottomMargin(): number { return this.prop("bottomMargin"); }
  set bottomMargin(v: number) { this.margin("bottomMargin", v); }
  get leftMargin(): number { return this.prop("leftMargin"); }
  set leftMargin(v: number) { this.margin("leftMargin", v); }
  get rightMargin(): number { return this.prop("rightMargin"); }
  set rightMargin(v: number) { this.margin("rightMargin", v); }
  get headerDistance(): number { return this.prop("headerDistance"); }
  set headerDistance(v: number) { this.margin("headerDistance", v); }
  get footerDistance(): number { return this.prop("footerDistance"); }
  set footerDistance(v: number) { this.margin("footerDistance", v); }
  get gutter(): number { return this.prop("gutter"); }
  set gutter(v: number) { this.margin("gutter", v); }

  private margin(name: MarginName, value: number): void {
    this.setProp(name, value, (s, v) => s.forEach((x) => setTwips(x, "pgMar", MARGINS[name], v)));
  }
}
