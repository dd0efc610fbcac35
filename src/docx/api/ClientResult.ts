/** The value of a method like `getCount()` or `getXml()`: readable after the sync that computed it. */
import { DocxError } from "./DocxError";

export class ClientResult<V> {
  private has = false;
  private v: V | undefined;

  get value(): V {
    if (!this.has) {
      throw new DocxError(
        "PropertyNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.v as V;
  }

  /** Published by the command that computed it, when its sync succeeds. */
  set(value: V): void {
    this.v = value;
    this.has = true;
  }
}
