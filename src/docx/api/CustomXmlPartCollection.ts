/**
 * Word.CustomXmlPartCollection and the scoped collection `getByNamespace` returns (with getOnlyItem, which fails
 * with InvalidArgument unless exactly one part matches — Word's "only item" rule).
 */
import { DocxError } from "./DocxError";
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { CustomXmlPartProxy } from "./CustomXmlPart";
import { byteLength } from "./inserts";
import type { CustomXmlPartData } from "../model/CustomXmlStore";

export class CustomXmlPartScopedCollectionProxy extends ProxyCollection<CustomXmlPartData, CustomXmlPartProxy> {
  protected typeName(): string {
    return "CustomXmlPartScopedCollection";
  }

  protected makeItem(source: ProxySource<CustomXmlPartData>): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, source);
  }

  private only(): CustomXmlPartData | null {
    const list = this.list();
    if (list.length > 1) throw new DocxError("InvalidArgument", `${list.length} custom XML parts match; expected one.`);
    return list[0] ?? null;
  }

  getOnlyItem(): CustomXmlPartProxy {
    return this.makeItem({ resolve: () => this.only() });
  }

  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return this.makeItem({ resolve: () => this.only(), orNull: true });
  }

  getItem(id: string): CustomXmlPartProxy {
    return this.makeItem({ resolve: () => this.list().find((p) => p.id === normalizeId(id)) ?? null });
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this.makeItem({ resolve: () => this.list().find((p) => p.id === normalizeId(id)) ?? null, orNull: true });
  }
}

const normalizeId = (id: string): string => `{${id.replace(/[{}]/g, "").toUpperCase()}}`;

export class CustomXmlPartCollectionProxy extends CustomXmlPartScopedCollectionProxy {
  protected override typeName(): string {
    return "CustomXmlPartCollection";
  }

  add(xml: string): CustomXmlPartProxy {
    this.context.model.bytesSent += byteLength(xml);
    this.context.model.customDataBytesSent += byteLength(xml);
    const part = new CustomXmlPartProxy(this.context, { pending: true });
    this.context.enqueue("CustomXmlPartCollection.add", () => part.bind(this.context.model.customXml.add(xml)));
    return part;
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, {
      resolve: () => () => this.context.model.customXml.byNamespace(namespaceUri),
    });
  }
}
