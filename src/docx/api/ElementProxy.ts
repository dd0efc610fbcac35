/** A proxy whose target is an element of the document; it fails like a stale Word object once the element is removed. */
import { ProxyObject } from "./ProxyObject";
import { isConnected } from "../model/structure";
import type { XElement } from "../xml/xmlDom";
import type { WordDocument } from "../model/WordDocument";

export abstract class ElementProxy extends ProxyObject<XElement> {
  protected override isAlive(target: XElement): boolean {
    return isConnected(target);
  }

  /** The document model (valid inside commands). */
  protected get doc(): WordDocument {
    return this.context.model;
  }
}
