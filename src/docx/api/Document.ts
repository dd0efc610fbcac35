/**
 * Word.Document and Word.DocumentProperties (custom properties only: the rest of the core properties are not
 * used by the add-in). `contentControls` lists the rich-text controls of the body, then headers and footers
 * (the reference: "includes content controls in the body of the document, headers, footers…").
 */
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import { BodyProxy } from "./Body";
import { ContentControlCollectionProxy } from "./ContentControlCollection";
import { CustomXmlPartCollectionProxy } from "./CustomXmlPartCollection";
import { CustomPropertyCollectionProxy } from "./CustomPropertyCollection";
import { RangeProxy } from "./Range";
import type { DocxRequestContext } from "./RequestContext";
import type { WordDocument } from "../model/WordDocument";

export class DocumentPropertiesProxy extends ProxyObject<WordDocument> {
  protected typeName(): string {
    return "DocumentProperties";
  }

  protected scalarGetters(): ScalarGetters<WordDocument> {
    return {};
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return { customProperties: () => this.customProperties as ProxyObject<unknown> };
  }

  get customProperties(): CustomPropertyCollectionProxy {
    return this.nav("customProperties", () => new CustomPropertyCollectionProxy(this.context, {
      resolve: () => () => this.context.model.customProps.all(),
    }));
  }
}

export class DocumentProxy extends ProxyObject<WordDocument> {
  constructor(context: DocxRequestContext) {
    super(context, { target: context.model });
  }

  protected typeName(): string {
    return "Document";
  }

  protected scalarGetters(): ScalarGetters<WordDocument> {
    return {};
  }

  protected override navigations(): Readonly<Record<string, () => ProxyObject<unknown>>> {
    return {
      body: () => this.body as ProxyObject<unknown>,
      contentControls: () => this.contentControls as ProxyObject<unknown>,
      customXmlParts: () => this.customXmlParts as ProxyObject<unknown>,
      properties: () => this.properties as ProxyObject<unknown>,
    };
  }

  get body(): BodyProxy {
    return this.nav("body", () => new BodyProxy(this.context, { resolve: () => this.context.model.body }));
  }

  get contentControls(): ContentControlCollectionProxy {
    return this.nav("contentControls", () => new ContentControlCollectionProxy(
      this.context,
      { resolve: () => () => this.context.model.ccIndex.all() },
      () => () => true,
    ));
  }

  get customXmlParts(): CustomXmlPartCollectionProxy {
    return this.nav("customXmlParts", () => new CustomXmlPartCollectionProxy(this.context, {
      resolve: () => () => this.context.model.customXml.all(),
    }));
  }

  get properties(): DocumentPropertiesProxy {
    return this.nav("properties", () => new DocumentPropertiesProxy(this.context, { target: this.context.model }));
  }

  /** The selection as a range: the recorded selection is exposed by host.selection; here, the start of the body. */
  getSelection(): RangeProxy {
    return new RangeProxy(this.context, { resolve: () => ({ kind: "point", parent: this.context.model.body, before: this.context.model.body.firstChild }) });
  }
}
