/** Word.RangeCollection: what search() found, computed once at the sync that first uses it. */
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource } from "./ProxyObject";
import { RangeProxy } from "./Range";
import type { RangeTarget } from "../model/RangeTarget";

export class RangeCollectionProxy extends ProxyCollection<RangeTarget, RangeProxy> {
  protected typeName(): string {
    return "RangeCollection";
  }

  protected makeItem(source: ProxySource<RangeTarget>): RangeProxy {
    return new RangeProxy(this.context, source);
  }
}
