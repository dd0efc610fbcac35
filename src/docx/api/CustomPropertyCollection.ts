/** Word.CustomPropertyCollection (WordApi 1.3): add replaces a property with the same key (case-insensitive). */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { CustomPropertyProxy } from "./CustomProperty";
import { byteLength } from "./inserts";
import type { CustomPropertyData } from "../model/CustomPropertyStore";

export class CustomPropertyCollectionProxy extends ProxyCollection<CustomPropertyData, CustomPropertyProxy> {
  protected typeName(): string {
    return "CustomPropertyCollection";
  }

  protected makeItem(source: ProxySource<CustomPropertyData>): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, source);
  }

  add(key: string, value: unknown): CustomPropertyProxy {
    const bytes = byteLength(key) + byteLength(typeof value === "string" ? value : String(value));
    this.context.model.bytesSent += bytes;
    this.context.model.customDataBytesSent += bytes;
    const p = new CustomPropertyProxy(this.context, { pending: true });
    this.context.enqueue("CustomPropertyCollection.add", () => p.bind(this.context.model.customProps.set(key, value)));
    return p;
  }

  getItem(key: string): CustomPropertyProxy {
    return this.makeItem({ resolve: () => this.context.model.customProps.get(key) });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return this.makeItem({ resolve: () => this.context.model.customProps.get(key), orNull: true });
  }

  deleteAll(): void {
    this.command("deleteAll", () => this.context.model.customProps.deleteAll());
  }
}
