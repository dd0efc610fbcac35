/**
 * Base of collection proxies. A collection is re-evaluated against the document each time a command uses it, so
 * `body.contentControls` loaded after an insert lists the new controls; its `items` are proxies bound to the
 * objects found at load time.
 */
import { propertyNotLoaded } from "./DocxError";
import type { LoadSpec } from "./loadOption";
import { ProxyObject, type ProxySource, type ScalarGetters } from "./ProxyObject";
import { ClientResult } from "./ClientResult";

export type ListFn<E> = () => readonly E[];

export abstract class ProxyCollection<E, I extends ProxyObject<E>> extends ProxyObject<ListFn<E>> {
  private loadedItems: I[] | undefined;

  /** A proxy for one item, bound (`{ target }`) or found later (`{ resolve }`). */
  protected abstract makeItem(source: ProxySource<E>): I;

  protected scalarGetters(): ScalarGetters<ListFn<E>> {
    return {};
  }

  get items(): I[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override loadNow(spec: LoadSpec | undefined): void {
    const list = this.require()();
    const skip = spec?.skip ?? 0;
    const top = spec?.top ?? Infinity;
    const items = list.slice(skip, skip + top).map((e) => this.makeItem({ target: e }));
    for (const item of items) item.loadNow(spec);
    this.context.stage(() => (this.loadedItems = items));
  }

  /** The current list of targets (inside a command). */
  protected list(): readonly E[] {
    return this.require()();
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.command("getCount", (fn) => {
      const n = fn().length;
      this.context.stage(() => result.set(n));
    });
    return result;
  }

  getFirst(): I {
    return this.makeItem({ resolve: () => this.list()[0] ?? null });
  }

  getFirstOrNullObject(): I {
    return this.makeItem({ resolve: () => this.list()[0] ?? null, orNull: true });
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.loadedItems ?? []).map((i) => i.toJSON()) };
  }
}
