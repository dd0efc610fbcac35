/**
 * The XPath the element edits of Word.CustomXmlPart take (WordApi 1.4: insertElement, updateElement,
 * deleteElement): an absolute path to a single element, each prefixed name's namespace given by
 * `namespaceMappings` (an unprefixed name is in no namespace, as in XPath 1.0). The headless Word understands
 * the subset an add-in needs to address one element, `/p:root/child[@attr="value"]`, and refuses anything else
 * (NotImplemented) or a path that does not name exactly one element (InvalidArgument): it never does more than Word.
 */
import { DocxError } from "../api/DocxError";
import { isElement, type XDocument, type XElement } from "../xml/xmlDom";

type Step = {
  readonly namespace: string;
  readonly local: string;
  readonly attribute?: { readonly name: string; readonly value: string };
};

const STEP = /^(?:([\w.-]+):)?([\w.-]+)(?:\[@([\w.-]+)=(?:"([^"]*)"|'([^']*)')\])?$/;

function parsePath(xpath: string, namespaces: Readonly<Record<string, string>>): Step[] {
  if (!xpath.startsWith("/") || xpath.startsWith("//"))
    throw new DocxError("NotImplemented", `Only absolute element paths are supported: ${xpath}`);
  // Split on "/" outside predicates (values may hold "/").
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of xpath.slice(1)) {
    if (ch === "[") depth += 1;
    if (ch === "]") depth -= 1;
    if (ch === "/" && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => {
    const match = STEP.exec(part);
    if (!match) throw new DocxError("NotImplemented", `Unsupported XPath step "${part}" in ${xpath}`);
    const [, prefix, local = "", name, double, single] = match;
    const namespace = prefix === undefined ? "" : namespaces[prefix];
    if (namespace === undefined)
      throw new DocxError("InvalidArgument", `The prefix "${prefix}" has no namespace mapping.`);
    return { namespace, local, ...(name ? { attribute: { name, value: double ?? single ?? "" } } : {}) };
  });
}

const matches = (element: XElement, step: Step): boolean =>
  element.localName === step.local &&
  (element.namespaceURI ?? "") === step.namespace &&
  (!step.attribute || element.getAttribute(step.attribute.name) === step.attribute.value);

/** The one element `xpath` names in `doc`; InvalidArgument when none or several do. */
export function selectElement(
  doc: XDocument,
  xpath: string,
  namespaces: Readonly<Record<string, string>>,
): XElement {
  const steps = parsePath(xpath, namespaces);
  let found: XElement[] = doc.documentElement && matches(doc.documentElement, steps[0]!) ? [doc.documentElement] : [];
  // A plain walk of the children: a refresh edits thousands of entries of one parent, each edit a lookup, and
  // copying the children into an array per lookup made that quadratic in garbage as well as in time.
  for (let k = 1; k < steps.length; k += 1) {
    const step = steps[k]!;
    const next: XElement[] = [];
    for (const parent of found)
      for (let child = parent.firstChild; child; child = child.nextSibling)
        if (isElement(child) && matches(child, step)) next.push(child);
    found = next;
  }
  if (found.length !== 1)
    throw new DocxError("InvalidArgument", `${xpath} names ${found.length} elements; expected one.`);
  return found[0]!;
}
