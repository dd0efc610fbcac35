/**
 * Word.CustomXmlPart (WordApi 1.4): `id` is the part's GUID ("{…}"), `namespaceUri` the root element's namespace
 * ("" when the root has none, as the docs say). getXml returns the stored text; setXml replaces it (it must be
 * well-formed XML, else InvalidArgument); delete removes the part.
 */
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import { ClientResult } from "./ClientResult";
import { byteLength } from "./inserts";
import { assertWellFormed, namespaceOfXml, type CustomXmlPartData } from "../model/CustomXmlStore";

export class CustomXmlPartProxy extends ProxyObject<CustomXmlPartData> {
  protected typeName(): string {
    return "CustomXmlPart";
  }

  protected override isAlive(t: CustomXmlPartData): boolean {
    return this.context.model.customXml.isLive(t);
  }

  protected scalarGetters(): ScalarGetters<CustomXmlPartData> {
    return { id: (t) => t.id, namespaceUri: (t) => namespaceOfXml(t.xml) };
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
    this.command("setXml", (t) => {
      assertWellFormed(xml);
      t.xml = xml;
    });
  }

  delete(): void {
    this.command("delete", (t) => this.context.model.customXml.delete(t));
  }
}
