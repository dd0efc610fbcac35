/**
 * The open document: the package, the parsed parts the host edits in place (document, styles, numbering,
 * headers and footers), custom XML parts, custom properties and the content-control index. Parts are parsed
 * once at open and serialized once at save; commands never re-serialize.
 */
import { OpcPackage } from "../package/OpcPackage";
import { PackageTooLarge, UNPACK_LIMITS } from "../package/unpackLimits";
import { MAX_XML_DEPTH, XmlTooDeep } from "../xml/parseXml";
import { resolveTarget } from "../package/relationships";
import { blankNumberingXml, blankStylesXml } from "../package/blankParts";
import { CT, NS, REL, WORD_ROOT_PREFIXES } from "../xml/namespaces";
import { isW, parseXml, serializeXml, walkElements, wChild, type XDocument, type XElement, type XNode } from "../xml/xmlDom";
import { ContentControlIndex } from "./ContentControlIndex";
import { CustomPropertyStore } from "./CustomPropertyStore";
import { CustomXmlStore } from "./CustomXmlStore";
import { containsSdt } from "./structure";
import { getId, setId } from "./sdtProperties";
import { SpanRegistry } from "./SpanRegistry";
import { GlossaryStore } from "./GlossaryStore";

export type Selection = { readonly kind: "contentControl"; readonly id: number; readonly tag: string; readonly title: string }
  | { readonly kind: "range"; readonly text: string };

/** The main part parsed; nested deeper than the parser takes, it is refused as a package over the limits. */
function parseMainPart(partName: string, xml: string): XDocument {
  try {
    return parseXml(xml);
  } catch (error) {
    if (error instanceof XmlTooDeep)
      throw new PackageTooLarge({ kind: "xmlDepth", part: partName, depth: MAX_XML_DEPTH }, 0, UNPACK_LIMITS);
    throw error;
  }
}

export class WordDocument {
  readonly ccIndex: ContentControlIndex;
  readonly customXml: CustomXmlStore;
  readonly customProps: CustomPropertyStore;
  /** Span ranges handed out to proxies, kept true across run splits and wrapping. */
  readonly spans = new SpanRegistry();
  /** Header and footer parts by part name. */
  readonly headerParts = new Map<string, XDocument>();
  /** Placeholder texts of controls, by glossary docPart name. */
  readonly placeholders: GlossaryStore;
  selection: Selection | null = null;
  bytesSent = 0;
  /** Counts commands run against the document: what is worked out from the whole document is cached per command. */
  commandSerial = 0;
  /** Of `bytesSent`, what went to custom XML parts and custom document properties (an add-in's own data). */
  customDataBytesSent = 0;
  private nextId = 1;
  private stylesDom: XDocument | null = null;
  private numberingDom: XDocument | null = null;

  private constructor(
    readonly pkg: OpcPackage,
    readonly partName: string,
    readonly dom: XDocument,
  ) {
    this.ccIndex = new ContentControlIndex(() => [this.body, ...[...this.headerParts.values()].map((d) => d.documentElement!)]);
    this.customXml = CustomXmlStore.load(pkg, partName);
    this.customProps = CustomPropertyStore.load(pkg);
    this.placeholders = GlossaryStore.load(pkg, partName);
    for (const rel of pkg.relationships(partName)) {
      if (rel.type !== REL.header && rel.type !== REL.footer) continue;
      const name = resolveTarget(partName, rel.target);
      const xml = pkg.text(name);
      if (xml !== undefined) this.headerParts.set(name, parseXml(xml));
    }
    declareWordPrefixes(dom.documentElement!);
    this.fixControlIds();
  }

  static async open(bytes?: Uint8Array): Promise<WordDocument> {
    const pkg = bytes ? await OpcPackage.fromZip(bytes) : OpcPackage.blank(new Date().toISOString().replace(/\.\d{3}Z$/, "Z"));
    const partName = pkg.mainDocumentName()!;
    const xml = pkg.text(partName);
    if (xml === undefined) throw new Error(`The main document part ${partName} is missing`);
    return new WordDocument(pkg, partName, parseMainPart(partName, xml));
  }

  get body(): XElement {
    const body = wChild(this.dom.documentElement!, "body");
    if (!body) throw new Error("The document has no w:body");
    return body;
  }

  /** A fresh content-control id, unique in the document. */
  allocateSdtId(): number {
    return this.nextId++;
  }

  /** Word renumbers controls with a missing or duplicate id; do the same on open so ids are unique. */
  private fixControlIds(): void {
    const seen = new Set<number>();
    const all: XElement[] = [];
    for (const root of [this.body, ...[...this.headerParts.values()].map((d) => d.documentElement!)]) {
      walkElements(root, (el) => {
        if (isW(el, "sdt")) all.push(el);
      });
    }
    let max = 0;
    for (const el of all) max = Math.max(max, getId(el) ?? 0);
    this.nextId = Math.max(max + 1, 1);
    for (const el of all) {
      const id = getId(el);
      if (id === null || seen.has(id)) setId(el, this.allocateSdtId());
      else seen.add(id);
    }
  }

  /** Give every control under `root` a fresh id (content arriving by insertOoxml or a copied row). */
  renumberControls(root: XNode): void {
    const visit = (el: XElement): void => {
      if (isW(el, "sdt")) setId(el, this.allocateSdtId());
    };
    if (isW(root, "sdt")) visit(root);
    walkElements(root, (el) => void visit(el));
  }

  /** Record an edit: the index is rebuilt only when a control was added or removed. */
  noteChanged(nodes: Iterable<XNode>): void {
    for (const n of nodes) {
      if (containsSdt(n)) {
        this.ccIndex.invalidate();
        return;
      }
    }
  }

  get styles(): XDocument {
    if (!this.stylesDom) this.stylesDom = this.loadRelatedPart(REL.styles, "styles.xml", CT.styles, blankStylesXml);
    return this.stylesDom;
  }

  get numbering(): XDocument {
    if (!this.numberingDom) this.numberingDom = this.loadRelatedPart(REL.numbering, "numbering.xml", CT.numbering, blankNumberingXml);
    return this.numberingDom;
  }

  private loadRelatedPart(type: string, target: string, contentType: string, blank: () => string): XDocument {
    const rel = this.pkg.relationships(this.partName).find((r) => r.type === type);
    if (rel) {
      const xml = this.pkg.text(resolveTarget(this.partName, rel.target));
      if (xml !== undefined) return parseXml(xml);
    }
    const name = resolveTarget(this.partName, target);
    this.pkg.setPart(name, blank(), contentType);
    if (!rel) this.pkg.addRelationship(this.partName, type, target);
    return parseXml(blank());
  }

  private partNameOf(type: string): string | undefined {
    const rel = this.pkg.relationships(this.partName).find((r) => r.type === type);
    return rel ? resolveTarget(this.partName, rel.target) : undefined;
  }

  async save(): Promise<Uint8Array> {
    this.pkg.setPart(this.partName, serializeXml(this.dom), CT.document);
    const styles = this.partNameOf(REL.styles);
    if (this.stylesDom && styles) this.pkg.setPart(styles, serializeXml(this.stylesDom));
    const numbering = this.partNameOf(REL.numbering);
    if (this.numberingDom && numbering) this.pkg.setPart(numbering, serializeXml(this.numberingDom));
    for (const [name, dom] of this.headerParts) this.pkg.setPart(name, serializeXml(dom));
    this.customXml.writeTo(this.pkg, this.partName);
    this.customProps.writeTo(this.pkg);
    this.placeholders.writeTo(this.pkg, this.partName);
    return this.pkg.toZip();
  }
}

/** Declare the usual WordprocessingML prefixes on a part's root so inserted content does not repeat xmlns. */
export function declareWordPrefixes(root: XElement): void {
  for (const prefix of WORD_ROOT_PREFIXES) {
    const existing = root.getAttribute(`xmlns:${prefix}`);
    if (!existing) root.setAttributeNS(NS.xmlns, `xmlns:${prefix}`, NS[prefix]);
  }
}
