import { DOMParser } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const all = (name: string) => Array.from(doc.getElementsByTagName(name));
const resources = new Map(
  ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
    all(tag)
      .filter((e) => e.namespaceURI === BT && e.getAttribute("id"))
      .map((e) => [e.getAttribute("id") ?? "", e] as const),
  ),
);

describe("manifest.xml", () => {
  it("is a Word task pane add-in that needs WordApi 1.3", () => {
    expect(doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Host").map((h) => h.getAttribute("Name")).filter(Boolean)).toEqual(["Document"]);
    const set = all("Set")[0];
    expect([set?.getAttribute("Name"), set?.getAttribute("MinVersion")]).toEqual(["WordApi", "1.3"]);
  });

  it("defines every resid it uses, with ids of at most 32 characters", () => {
    const used = all("*").flatMap((e) => (e.getAttribute("resid") ? [e.getAttribute("resid") ?? ""] : []));
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) {
      expect({ id, defined: resources.has(id), short: id.length <= 32 }).toEqual({ id, defined: true, short: true });
    }
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const shorts = Array.from(doc.getElementsByTagNameNS(BT, "ShortStrings")).flatMap((s) => Array.from(s.getElementsByTagNameNS(BT, "String")));
    const longs = Array.from(doc.getElementsByTagNameNS(BT, "LongStrings")).flatMap((s) => Array.from(s.getElementsByTagNameNS(BT, "String")));
    expect(shorts.length).toBeGreaterThan(0);
    for (const s of shorts) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    for (const s of longs) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  });

  it("gives Vietnamese defaults with English overrides", () => {
    expect(all("DefaultLocale")[0]?.textContent).toBe("vi-VN");
    const texts = [...all("DisplayName"), ...all("Description"), ...all("bt:String")].filter((e) => e.hasAttribute("DefaultValue"));
    expect(texts.length).toBeGreaterThanOrEqual(7);
    for (const s of texts) {
      const overrides = Array.from(s.childNodes).filter((n) => n.nodeName.endsWith("Override"));
      expect(overrides.map((o) => (o as unknown as Element).getAttribute("Locale"))).toEqual(["en-US"]);
    }
  });

  it("points only at https URLs", () => {
    const urls = all("*").flatMap((e) =>
      ["DefaultValue"].map((a) => e.getAttribute(a) ?? "").filter((v) => /^[a-z]+:\/\//i.test(v)),
    );
    urls.push(...all("AppDomain").map((e) => e.textContent ?? ""));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("lists no AppDomain: the pane reaches only its own origin (the figures service is under /api there)", () => {
    const origins = new Set(all("*").flatMap((e) => {
      const value = e.getAttribute("DefaultValue") ?? "";
      return /^https:\/\//.test(value) ? [new URL(value).origin] : [];
    }));
    expect([...origins]).toHaveLength(1);
    expect(all("AppDomain").map((e) => e.textContent ?? "").filter((d) => !origins.has(d))).toEqual([]);
  });

  it("has a ribbon button on the Home tab labelled “Báo cáo CCHC”", () => {
    expect(all("OfficeTab")[0]?.getAttribute("id")).toBe("TabHome");
    const label = all("Control")[0]?.getElementsByTagName("Label")[0]?.getAttribute("resid") ?? "";
    expect(resources.get(label)?.getAttribute("DefaultValue")).toBe("Báo cáo CCHC");
  });

  it.each([16, 32, 64, 80])("ships a %i px icon that the manifest names", (size) => {
    const file = join(root, "assets", `icon-${size}.png`);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    expect(xml).toContain(`/assets/icon-${size}.png`);
  });
});
