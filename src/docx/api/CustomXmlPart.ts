/**
 * Word.CustomXmlPart (WordApi 1.4): `id` is the part's GUID ("{…}"), `namespaceUri` the root element's namespace
 * ("" when the root has none, as the docs say). getXml returns the stored text; setXml replaces it (it must be
 * well-formed XML, else InvalidArgument); delete removes the part. insertElement, updateElement and
 * deleteElement edit one element named by an absolute XPath (`customXmlPath.ts`); the XML they take must be
 * well-formed, and is sent (host.bytesSent) with its path and namespace mappings.
 */
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import { ClientResult } from "./ClientResult";
import { DocxError } from "./DocxError";
import { byteLength } from "./inserts";
import { assertWellFormed, type CustomXmlPartData } from "../model/CustomXmlStore";
import { selectElement } from "../model/customXmlPath";
import { elementChildren, parseXml, type XDocument, type XNode } from "../xml/xmlDom";

type NamespaceMappings = Readonly<Record<string, string>>;

export class CustomXmlPartProxy extends ProxyObject<CustomXmlPartData> {
  protected typeName(): string {
    return "CustomXmlPart";
  }

  protected override isAlive(t: CustomXmlPartData): boolean {
    return this.context.model.customXml.isLive(t);
  }

  protected scalarGetters(): ScalarGetters<CustomXmlPartData> {
    return { id: (t) => t.id, namespaceUri: (t) => t.namespace };
  }

  get id(): string { return this.prop("id"); }
  get namespaceUri(): string { return this.prop("namespaceUri"); }

  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.command("getXml", (t) => {
      const xml = t.xml;
      this.context.stage(() => result.set(xml));
    });
    return result;
  }

  setXml(xml: string): void {
    this.context.model.bytesSent += byteLength(xml);
    this.context.model.customDataBytesSent += byteLength(xml);
    this.command("setXml", (t) => {
      assertWellFormed(xml);
      t.xml = xml;
    });
  }

  insertElement(xpath: string, xml: string, namespaceMappings: NamespaceMappings, index?: number): void {
    this.countSent(xpath, xml, namespaceMappings);
    this.command("insertElement", (t) => {
      const fragment = parseFragment(xml);
      t.edit((doc) => {
        const parent = selectElement(doc, xpath, namespaceMappings);
        const before = index === undefined ? null : ([...elementChildren(parent)][index] ?? null);
        parent.insertBefore(adopt(doc, fragment), before);
      });
    });
  }

  updateElement(xpath: string, xml: string, namespaceMappings: NamespaceMappings): void {
    this.countSent(xpath, xml, namespaceMappings);
    this.command("updateElement", (t) => {
      const fragment = parseFragment(xml);
      t.edit((doc) => {
        const element = selectElement(doc, xpath, namespaceMappings);
        if (element === doc.documentElement)
          throw new DocxError("InvalidArgument", "updateElement cannot replace the root element; use setXml.");
        element.parentNode?.replaceChild(adopt(doc, fragment), element);
      });
    });
  }

  deleteElement(xpath: string, namespaceMappings: NamespaceMappings): void {
    this.countSent(xpath, "", namespaceMappings);
    this.command("deleteElement", (t) =>
      t.edit((doc) => {
        const element = selectElement(doc, xpath, namespaceMappings);
        if (element === doc.documentElement)
          throw new DocxError("InvalidArgument", "deleteElement cannot remove the root element.");
        element.parentNode?.removeChild(element);
      }),
    );
  }

  private countSent(xpath: string, xml: string, namespaceMappings: NamespaceMappings): void {
    const bytes = byteLength(xpath) + byteLength(xml) + byteLength(JSON.stringify(namespaceMappings));
    this.context.model.bytesSent += bytes;
    this.context.model.customDataBytesSent += bytes;
  }

  delete(): void {
    this.command("delete", (t) => this.context.model.customXml.delete(t));
  }
}

function parseFragment(xml: string): XDocument {
  assertWellFormed(xml);
  return parseXml(xml);
}

function adopt(doc: XDocument, fragment: XDocument): XNode {
  const root = fragment.documentElement;
  if (!root) throw new DocxError("InvalidArgument", "The XML has no element.");
  return doc.importNode(root, true);
}
