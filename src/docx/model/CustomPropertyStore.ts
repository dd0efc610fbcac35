/**
 * Custom document properties (`docProps/custom.xml`, File ▸ Properties ▸ Custom). Keys are case-insensitive, as
 * in Word. Choice (strict, after the API reference's remark on desktop Word): string values longer than 255
 * characters are truncated to 255, so code that stores long values fails here as it would on desktop.
 */
import { DocxError } from "../api/DocxError";
import type { OpcPackage } from "../package/OpcPackage";
import { resolveTarget } from "../package/relationships";
import { CT, NS, REL } from "../xml/namespaces";
import { elementChildren, parseXml, type XElement } from "../xml/xmlDom";

export type CustomPropertyType = "String" | "Number" | "Boolean" | "Date";
export type CustomPropertyData = { readonly key: string; value: string | number | boolean | Date; type: CustomPropertyType };

const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
export const MAX_STRING_VALUE = 255;

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function readValue(el: XElement): Pick<CustomPropertyData, "value" | "type"> {
  const text = el.textContent ?? "";
  switch (el.localName) {
    case "bool":
      return { value: text === "true" || text === "1", type: "Boolean" };
    case "i1": case "i2": case "i4": case "i8": case "int": case "ui1": case "ui2": case "ui4": case "ui8": case "uint":
    case "r4": case "r8": case "decimal":
      return { value: Number(text), type: "Number" };
    case "filetime": case "date":
      return { value: new Date(text), type: "Date" };
    default:
      return { value: text, type: "String" };
  }
}

function writeValue(p: CustomPropertyData): string {
  switch (p.type) {
    case "Boolean":
      return `<vt:bool>${p.value ? "true" : "false"}</vt:bool>`;
    case "Number": {
      const n = p.value as number;
      return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? `<vt:i4>${n}</vt:i4>` : `<vt:r8>${n}</vt:r8>`;
    }
    case "Date":
      return `<vt:filetime>${(p.value as Date).toISOString().replace(/\.\d{3}Z$/, "Z")}</vt:filetime>`;
    default:
      return `<vt:lpwstr>${esc(String(p.value))}</vt:lpwstr>`;
  }
}

export class CustomPropertyStore {
  private readonly props: CustomPropertyData[] = [];
  private static readonly PART = "docProps/custom.xml";

  static load(pkg: OpcPackage): CustomPropertyStore {
    const store = new CustomPropertyStore();
    const rel = pkg.relationships("").find((r) => r.type === REL.customProperties);
    const name = rel ? resolveTarget("", rel.target) : CustomPropertyStore.PART;
    const xml = pkg.text(name);
    if (xml !== undefined) {
      for (const el of elementChildren(parseXml(xml).documentElement!)) {
        const valueEl = [...elementChildren(el)][0];
        const key = el.getAttribute("name");
        if (key && valueEl) store.props.push({ key, ...readValue(valueEl) });
      }
      pkg.deletePart(name);
    }
    pkg.setRelationships("", pkg.relationships("").filter((r) => r.type !== REL.customProperties));
    return store;
  }

  all(): readonly CustomPropertyData[] {
    return this.props;
  }

  get(key: string): CustomPropertyData | null {
    const k = key.toLowerCase();
    return this.props.find((p) => p.key.toLowerCase() === k) ?? null;
  }

  /** Add or replace (case-insensitively) a property. */
  set(key: unknown, value: unknown): CustomPropertyData {
    if (typeof key !== "string" || key === "" || key.length > 255) {
      throw new DocxError("InvalidArgument", "A custom property key must be a string of 1 to 255 characters.");
    }
    let typed: Pick<CustomPropertyData, "value" | "type">;
    if (typeof value === "string") typed = { value: value.slice(0, MAX_STRING_VALUE), type: "String" };
    else if (typeof value === "number" && Number.isFinite(value)) typed = { value, type: "Number" };
    else if (typeof value === "boolean") typed = { value, type: "Boolean" };
    else if (value instanceof Date && !Number.isNaN(value.getTime())) typed = { value, type: "Date" };
    else throw new DocxError("InvalidArgument", `Unsupported custom property value for '${key}'.`);
    const existing = this.get(key);
    if (existing) {
      existing.value = typed.value;
      existing.type = typed.type;
      return existing;
    }
    const created = { key, ...typed };
    this.props.push(created);
    return created;
  }

  delete(p: CustomPropertyData): void {
    const i = this.props.indexOf(p);
    if (i >= 0) this.props.splice(i, 1);
  }

  deleteAll(): void {
    this.props.length = 0;
  }

  isLive(p: CustomPropertyData): boolean {
    return this.props.includes(p);
  }

  writeTo(pkg: OpcPackage): void {
    const name = CustomPropertyStore.PART;
    pkg.deletePart(name);
    pkg.setRelationships("", pkg.relationships("").filter((r) => r.type !== REL.customProperties));
    if (this.props.length === 0) return;
    const items = this.props
      .map((p, i) => `<property fmtid="${FMTID}" pid="${i + 2}" name="${esc(p.key)}">${writeValue(p)}</property>`)
      .join("");
    pkg.setPart(
      name,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS.cp}" xmlns:vt="${NS.vt}">${items}</Properties>`,
      CT.customProperties,
    );
    pkg.addRelationship("", REL.customProperties, name);
  }
}
