/**
 * Word.Section and Word.SectionCollection (WordApi 1.1): `document.sections`, `getHeader/getFooter` giving the
 * header's or footer's Body, and `pageSetup` (WordApiDesktop 1.3). A section is found by its `w:sectPr`.
 */
import { DocxError } from "./DocxError";
import { ElementProxy } from "./ElementProxy";
import { ProxyCollection } from "./ProxyCollection";
import type { ProxySource, ScalarGetters } from "./ProxyObject";
import { BodyProxy } from "./Body";
import { PageSetupProxy } from "./PageSetup";
import { headerFooterOf, type HeaderFooterType } from "../model/sections";
import type { XElement } from "../xml/xmlDom";

const TYPES: readonly HeaderFooterType[] = ["Primary", "FirstPage", "EvenPages"];

function headerFooterType(type: unknown, where: string): HeaderFooterType {
  const found = TYPES.find((t) => typeof type === "string" && t.toLowerCase() === type.toLowerCase());
  if (!found) throw new DocxError("InvalidArgument", `${where}: the type must be Primary, FirstPage or EvenPages.`);
  return found;
}

export class SectionProxy extends ElementProxy {
  protected typeName(): string {
    return "Section";
  }

  protected scalarGetters(): ScalarGetters<XElement> {
    return {};
  }

  getHeader(type: string): BodyProxy {
    return new BodyProxy(this.context, {
      resolve: () => headerFooterOf(this.doc, this.require(), "header", headerFooterType(type, "Section.getHeader")),
    });
  }

  getFooter(type: string): BodyProxy {
    return new BodyProxy(this.context, {
      resolve: () => headerFooterOf(this.doc, this.require(), "footer", headerFooterType(type, "Section.getFooter")),
    });
  }

  /** WordApiDesktop 1.3. */
  get pageSetup(): PageSetupProxy {
    return this.nav("pageSetup", () => new PageSetupProxy(this.context, {
      resolve: () => {
        this.context.requireSet("WordApiDesktop", "1.3", "Section.pageSetup");
        return [this.require()];
      },
    }));
  }
}

export class SectionCollectionProxy extends ProxyCollection<XElement, SectionProxy> {
  protected typeName(): string {
    return "SectionCollection";
  }

  protected makeItem(source: ProxySource<XElement>): SectionProxy {
    return new SectionProxy(this.context, source);
  }
}
