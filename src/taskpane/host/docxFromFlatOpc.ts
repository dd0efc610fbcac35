import { strToU8, zipSync, type Zippable } from "fflate";
import { base64ToBytes, bytesToBase64 } from "../../docx/package/base64";
import { CT, NS } from "../../docx/xml/namespaces";

/**
 * A Flat OPC package (what insertOoxml takes) zipped as a .docx (what insertFileFromBase64 takes), in the
 * browser: the browser's own DOMParser and XMLSerializer read and write the parts, fflate zips them. The
 * self-test is the pane's only user of it; the headless Word's `flatOpcToBase64` (xmldom, JSZip) does the same
 * for the command line and the playground, and would weigh about 55 KB gzip in the pane.
 * Every part of the Flat OPC (its relationship parts included) becomes an entry of the same name, with an
 * Override of its content type in `[Content_Types].xml`.
 */
export function docxFromFlatOpc(flatOpc: string): Uint8Array {
  const doc = new DOMParser().parseFromString(flatOpc, "application/xml");
  const root = doc.documentElement;
  if (root.getElementsByTagName("parsererror").length > 0 || root.namespaceURI !== NS.pkg || root.localName !== "package")
    throw new Error("docxFromFlatOpc: the text is not a Flat OPC pkg:package");
  const serializer = new XMLSerializer();
  const files: Zippable = {};
  const types = document.implementation.createDocument(NS.ct, "Types", null);
  const typeEntry = (kind: "Default" | "Override", key: "Extension" | "PartName", value: string, contentType: string) => {
    const el = types.createElementNS(NS.ct, kind);
    el.setAttribute(key, value);
    el.setAttribute("ContentType", contentType);
    types.documentElement.appendChild(el);
  };
  typeEntry("Default", "Extension", "rels", CT.rels);
  typeEntry("Default", "Extension", "xml", "application/xml");
  const xmlText = (node: Node) =>
    strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serializer.serializeToString(node)}`);
  for (const part of Array.from(root.children)) {
    if (part.namespaceURI !== NS.pkg || part.localName !== "part") continue;
    const name = (part.getAttributeNS(NS.pkg, "name") ?? "").replace(/^\//, "");
    const contentType = part.getAttributeNS(NS.pkg, "contentType") ?? "";
    const data = part.firstElementChild;
    if (!name || !data) continue;
    if (data.localName === "xmlData" && data.firstElementChild) {
      files[name] = xmlText(data.firstElementChild);
    } else if (data.localName === "binaryData") {
      files[name] = base64ToBytes(data.textContent ?? "");
    } else continue;
    if (!name.endsWith(".rels")) typeEntry("Override", "PartName", `/${name}`, contentType);
  }
  files["[Content_Types].xml"] = xmlText(types.documentElement);
  return zipSync(files, { level: 1 });
}

/** The same, Base64-encoded (Word's insertFileFromBase64 argument). */
export async function docxBase64FromFlatOpc(flatOpc: string): Promise<string> {
  return bytesToBase64(docxFromFlatOpc(flatOpc));
}

