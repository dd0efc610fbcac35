/**
 * Word.Document and Word.DocumentProperties (custom properties only: the rest of the core properties are not
 * used by the add-in). `contentControls` lists the rich-text controls of the body, then headers and footers
 * (the reference: "includes content controls in the body of the document, headers, footers…").
 *
 * Members beyond WordApi 1.3 exist only where the host's profile has their set: `customXmlParts` (WordApi 1.4),
 * `insertFileFromBase64` (WordApi 1.5), `pageSetup` (WordApiDesktop 1.3); elsewhere the statement fails with
 * ApiNotFound.
 */
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import { BodyProxy } from "./Body";
import { ContentControlCollectionProxy } from "./ContentControlCollection";
import { CustomXmlPartCollectionProxy } from "./CustomXmlPartCollection";
import { CustomPropertyCollectionProxy } from "./CustomPropertyCollection";
import { RangeProxy } from "./Range";
import { SectionCollectionProxy } from "./Section";
import { PageSetupProxy } from "./PageSetup";
import { insertDocxFile, type InsertFileOptions } from "./insertFile";
import { sectionsOf } from "../model/sections";
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
      sections: () => this.sections as ProxyObject<unknown>,
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
      resolve: () => {
        this.context.requireSet("WordApi", "1.4", "Document.customXmlParts");
        return () => this.context.model.customXml.all();
      },
    }));
  }

  get sections(): SectionCollectionProxy {
    return this.nav("sections", () => new SectionCollectionProxy(this.context, { resolve: () => () => sectionsOf(this.context.model) }));
  }

  /** WordApiDesktop 1.3: the page setup of the whole document (read from the first section, written to all). */
  get pageSetup(): PageSetupProxy {
    return this.nav("pageSetup", () => new PageSetupProxy(this.context, {
      resolve: () => {
        this.context.requireSet("WordApiDesktop", "1.3", "Document.pageSetup");
        return sectionsOf(this.context.model);
      },
    }));
  }

  /**
   * WordApi 1.5: inserts a .docx with its headers, footers and section properties ("copied by default"), at most
   * 4 MB; returns the sections of the document after the insert.
   */
  insertFileFromBase64(base64File: string, insertLocation: string, insertFileOptions?: InsertFileOptions): SectionCollectionProxy {
    this.context.model.bytesSent += typeof base64File === "string" ? base64File.length : 0;
    this.context.enqueue("Document.insertFileFromBase64", async () => {
      this.context.requireSet("WordApi", "1.5", "Document.insertFileFromBase64");
      await insertDocxFile(this.context.model, { base64File, insertLocation, target: this.context.model.body, sections: true, options: insertFileOptions ?? {} });
    });
    return new SectionCollectionProxy(this.context, { resolve: () => () => sectionsOf(this.context.model) });
  }

  get properties(): DocumentPropertiesProxy {
    return this.nav("properties", () => new DocumentPropertiesProxy(this.context, { target: this.context.model }));
  }

  /**
   * The selection as a range: a control selected by `select()` is that control's whole range (Word selects the
   * control); otherwise the start of the body (the recorded selection is exposed by host.selection).
   */
  getSelection(): RangeProxy {
    return new RangeProxy(this.context, {
      resolve: () => {
        const { model } = this.context;
        const selected = model.selection?.kind === "contentControl" ? model.ccIndex.byId(model.selection.id) : null;
        return selected ? { kind: "element", el: selected } : { kind: "point", parent: model.body, before: model.body.firstChild };
      },
    });
  }
}
