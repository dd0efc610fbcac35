/**
 * Base of every proxy. A proxy stands for a document object that is found (resolved) only when a queued command
 * first needs it, in queue order; properties can be read only after they were loaded and synced; setting a
 * property updates the proxy at once (as Office.js does) and queues the write.
 *
 * Choice where the docs are silent: calling a method or setting a property on a null object fails the sync with
 * ItemNotFound (Word would at best ignore it; failing loudly catches a missing `isNullObject` check in tests).
 */
import { DocxError, propertyNotLoaded } from "./DocxError";
import { parseLoadArgument, type LoadArgument, type LoadSpec } from "./loadOption";
import type { DocxRequestContext } from "./RequestContext";

export type ProxySource<T> =
  | { readonly target: T }
  | { readonly resolve: () => T | null; readonly orNull?: boolean }
  | { readonly pending: true };

export type ScalarGetters<T> = Readonly<Record<string, (target: T) => unknown>>;

export abstract class ProxyObject<T> {
  private target: T | null | undefined;
  private readonly resolver: (() => T | null) | undefined;
  private readonly orNull: boolean;
  private isNull: boolean | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  private readonly navCache = new Map<string, unknown>();

  constructor(
    readonly context: DocxRequestContext,
    source: ProxySource<T>,
  ) {
    this.orNull = "resolve" in source && source.orNull === true;
    if ("target" in source) this.target = source.target;
    else if ("resolve" in source) this.resolver = source.resolve;
    // A navigation followed by a load inside a sync is resolved by that load, not by a command of the next sync.
    if (this.orNull && !this.context.executing) this.context.enqueue(`${this.typeName()}.isNullObject`, () => this.loadNow(undefined));
  }

  /** Name used in error locations ("ContentControl.insertText"). */
  protected abstract typeName(): string;
  /** Readable scalar properties and how to read them from the target. */
  protected abstract scalarGetters(): ScalarGetters<T>;
  /** Navigation properties that `load("a/b")` may follow. */
  protected navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return {};
  }
  /** False when the target was removed from the document (the proxy then fails like a stale Word object). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) {
      if (!this.orNull && this.target !== undefined) return false;
      throw propertyNotLoaded("isNullObject");
    }
    return this.isNull;
  }

  /** Bind a proxy created by a command (e.g. the Range that insertText returns). */
  bind(target: T): void {
    this.target = target;
    this.context.stage(() => (this.isNull = false));
  }

  /** The target, or null for a null object; throws when a non-null navigation finds nothing. */
  resolveNow(): T | null {
    if (this.target === undefined) {
      if (!this.resolver) throw new DocxError("InvalidObjectPath", `The ${this.typeName()} was never created.`);
      const found = this.resolver();
      if (found === null && !this.orNull) {
        throw new DocxError("ItemNotFound", `The requested ${this.typeName()} doesn't exist.`);
      }
      this.target = found;
    }
    if (this.target !== null && !this.isAlive(this.target)) {
      throw new DocxError("ItemNotFound", `The ${this.typeName()} no longer exists in the document.`);
    }
    return this.target;
  }

  /** The target for a method call or a property write. */
  require(): T {
    const t = this.resolveNow();
    if (t === null) throw new DocxError("ItemNotFound", `The ${this.typeName()} is a null object.`);
    return t;
  }

  load(option?: LoadArgument): this {
    const spec = parseLoadArgument(option);
    this.context.enqueue(`${this.typeName()}.load`, () => this.loadNow(spec));
    return this;
  }

  /** Run inside a command: read the requested properties now, publish them when the sync succeeds. */
  loadNow(spec: LoadSpec | undefined): void {
    const t = this.resolveNow();
    const isNull = t === null;
    this.context.stage(() => (this.isNull = isNull));
    if (t === null || spec === undefined) return;
    const getters = this.scalarGetters();
    const names = spec.all ? Object.keys(getters) : [...spec.scalars];
    const read: Array<[string, unknown]> = [];
    for (const name of names) {
      const getter = getters[name];
      if (getter) read.push([name, getter(t)]);
      else if (!(name in this.navigations())) {
        throw new DocxError("InvalidArgument", `${this.typeName()} has no property '${name}' that can be loaded.`);
      }
    }
    this.context.stage(() => read.forEach(([k, v]) => this.loadedValues.set(k, v)));
    const navs = this.navigations();
    for (const name of [...spec.nav.keys(), ...[...spec.scalars].filter((n) => n in navs)]) {
      const nav = navs[name];
      if (!nav) throw new DocxError("InvalidArgument", `${this.typeName()} has no navigation property '${name}'.`);
      nav().loadNow(spec.nav.get(name) ?? { all: true, scalars: new Set(), nav: new Map() });
    }
  }

  /** Read a loaded property (PropertyNotLoaded otherwise). */
  protected prop<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as V;
  }

  /** Queue a command against the target. */
  protected command(location: string, run: (target: T) => void): void {
    this.context.enqueue(`${this.typeName()}.${location}`, () => run(this.require()));
  }

  /** Set a writable property: visible on the proxy at once, written to the document at sync. */
  protected setProp<V>(name: string, value: V, write: (target: T, value: V) => void): void {
    // A string written to the document is payload sent to Word, like inserted text (host.bytesSent).
    if (typeof value === "string") this.context.model.bytesSent += new TextEncoder().encode(value).length;
    this.loadedValues.set(name, value);
    this.command(name, (t) => write(t, value));
  }

  /** The same navigation proxy each time a property like `cc.paragraphs` is read. */
  protected nav<P>(name: string, make: () => P): P {
    let p = this.navCache.get(name) as P | undefined;
    if (p === undefined) this.navCache.set(name, (p = make()));
    return p;
  }

  /** Apply several writable properties at once (`obj.set({...})`). */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) (this as unknown as Record<string, unknown>)[k] = v;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}
