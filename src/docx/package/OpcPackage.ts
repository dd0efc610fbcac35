/**
 * An Open Packaging Conventions package held as raw parts. The host parses the parts it models (document,
 * styles, numbering, headers, custom XML, custom properties) and leaves every other part byte-for-byte alone,
 * so a document opened and saved keeps what the host does not understand (images, themes, fonts).
 */
import JSZip from "jszip";
import {
  blankContentTypes,
  parseContentTypes,
  serializeContentTypes,
  type ContentTypes,
} from "./contentTypes";
import {
  nextRelationshipId,
  parseRelationships,
  relsPartName,
  resolveTarget,
  serializeRelationships,
  type Relationship,
} from "./relationships";
import { blankPackageParts } from "./blankParts";
import { REL } from "../xml/namespaces";
import { readZipParts } from "./unpackLimits";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export class OpcPackage {
  private readonly parts = new Map<string, Uint8Array | string>();
  private readonly rels = new Map<string, Relationship[]>();
  private contentTypes: ContentTypes = blankContentTypes();

  /** Reads a .docx within UNPACK_LIMITS (unpackLimits.ts): a PackageTooLarge for one that would unpack to more. */
  static async fromZip(bytes: Uint8Array): Promise<OpcPackage> {
    const pkg = new OpcPackage();
    for (const [name, data] of await readZipParts(bytes)) {
      if (name === "[Content_Types].xml") pkg.contentTypes = parseContentTypes(decoder.decode(data));
      else if (name.endsWith(".rels")) pkg.rels.set(name, parseRelationships(decoder.decode(data)));
      else pkg.parts.set(name, data);
    }
    if (!pkg.mainDocumentName())
      throw new Error("The package has no main document part (officeDocument relationship)");
    return pkg;
  }

  static blank(isoNow: string): OpcPackage {
    const pkg = new OpcPackage();
    const blank = blankPackageParts(isoNow);
    for (const p of blank.parts) pkg.setPart(p.name, p.xml, p.contentType);
    for (const r of blank.rootRels) pkg.addRelationship("", r.type, r.target);
    for (const r of blank.documentRels) pkg.addRelationship("word/document.xml", r.type, r.target);
    return pkg;
  }

  /** Part name of the main document (usually `word/document.xml`). */
  mainDocumentName(): string | undefined {
    const rel = this.relationships("").find((r) => r.type === REL.officeDocument);
    return rel ? resolveTarget("", rel.target) : undefined;
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  partNames(): string[] {
    return [...this.parts.keys()];
  }

  text(name: string): string | undefined {
    const data = this.parts.get(name);
    if (data === undefined) return undefined;
    return typeof data === "string" ? data : decoder.decode(data);
  }

  /** A part's bytes (binary parts: images). */
  bytes(name: string): Uint8Array {
    const data = this.parts.get(name);
    return typeof data === "string" ? encoder.encode(data) : (data ?? new Uint8Array());
  }

  setPart(name: string, data: string | Uint8Array, contentType?: string): void {
    this.parts.set(name, data);
    if (contentType) this.contentTypes.overrides.set(name, contentType);
  }

  contentTypeOf(name: string): string | undefined {
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    return this.contentTypes.overrides.get(name) ?? this.contentTypes.defaults.get(ext);
  }

  /** Register a Default content type for an extension (e.g. png) if none exists. */
  ensureDefaultContentType(ext: string, contentType: string): void {
    if (!this.contentTypes.defaults.has(ext.toLowerCase()))
      this.contentTypes.defaults.set(ext.toLowerCase(), contentType);
  }

  deletePart(name: string): void {
    this.parts.delete(name);
    this.contentTypes.overrides.delete(name);
    this.rels.delete(relsPartName(name));
  }

  /** Relationships whose source is `partName` ("" for the package root). */
  relationships(partName: string): Relationship[] {
    return this.rels.get(partName === "" ? "_rels/.rels" : relsPartName(partName)) ?? [];
  }

  setRelationships(partName: string, rels: Relationship[]): void {
    const key = partName === "" ? "_rels/.rels" : relsPartName(partName);
    if (rels.length === 0) this.rels.delete(key);
    else this.rels.set(key, rels);
  }

  addRelationship(partName: string, type: string, target: string, external = false): string {
    const rels = [...this.relationships(partName)];
    const id = nextRelationshipId(rels);
    rels.push({ id, type, target, ...(external ? { targetMode: "External" as const } : {}) });
    this.setRelationships(partName, rels);
    return id;
  }

  /** A part name `${prefix}${n}${suffix}` not yet used, n from 1. */
  freePartName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.parts.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }

  async toZip(): Promise<Uint8Array> {
    const zip = new JSZip();
    const names = [...this.parts.keys()];
    zip.file("[Content_Types].xml", serializeContentTypes(this.contentTypes, names));
    for (const [name, rels] of this.rels) zip.file(name, serializeRelationships(rels));
    for (const [name, data] of this.parts)
      zip.file(name, typeof data === "string" ? encoder.encode(data) : data);
    // Deflate's fastest level: half the time of level 6 for a package about a quarter larger (36 → 46 KB for
    // the shipped report), which nobody sending a report by e-mail notices.
    return zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    });
  }
}
