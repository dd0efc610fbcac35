/**
 * A strict, non-validating XML parser that builds @xmldom/xmldom nodes, the headless Word's parse of every part
 * and of every inserted OOXML string. xmldom's own DOMParser (0.9) builds a new Unicode regular expression for
 * each end tag, which made parsing the inserted report most of the time of an insert; this reads the text in one
 * pass with `indexOf` and builds the same tree through xmldom's public DOM API.
 *
 * What it accepts is well-formed XML 1.0 without a DTD (OOXML parts carry none): one root element; elements,
 * attributes, text, CDATA sections, comments and processing instructions; the five predefined entities and
 * character references; namespaces resolved as declared (an undeclared prefix is an error). Line endings are
 * normalised to "\n", and tabs and line breaks in attribute values to spaces, as XML 1.0 (2.11, 3.3.3) says.
 * Anything else (mismatched or unclosed tags, a repeated attribute, an unquoted value, `<` in a value, an unknown
 * entity, text outside the root) throws, as Word rejects such OOXML.
 */
import { DOMImplementation } from "@xmldom/xmldom";
import type { Document as XDocument, Element as XElement, Node as XNode } from "@xmldom/xmldom";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const NAME_CHARS = "\\p{L}\\p{N}\\p{M}_.\\-\\u00B7\\u203F\\u2040";
const NAME = new RegExp(`^[\\p{L}_][${NAME_CHARS}]*(?::[\\p{L}_][${NAME_CHARS}]*)?$`, "u");
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const implementation = new DOMImplementation();

/**
 * The deepest nesting of elements parsed. Walking and serializing a document recurse into its elements, and
 * 10,000 nested controls overflowed the stack; a real report nests about twenty deep.
 */
export const MAX_XML_DEPTH = 1_000;

/** XML nested deeper than MAX_XML_DEPTH: refused before anything walks it. */
export class XmlTooDeep extends Error {
  constructor(at: number) {
    super(`XML error: elements nested deeper than ${MAX_XML_DEPTH} (at character ${at})`);
    this.name = "XmlTooDeep";
  }
}

class XmlSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`XML error: ${message} (at character ${at})`);
  }
}

function decode(text: string, at: number): string {
  if (!text.includes("&")) return text;
  if (text.replace(ENTITY, "").includes("&"))
    throw new XmlSyntaxError("“&” must start an entity reference", at);
  return text.replace(ENTITY, (_all, ref: string) => {
    if (ref[0] !== "#") {
      const value = PREDEFINED[ref];
      if (value === undefined) throw new XmlSyntaxError(`unknown entity &${ref};`, at);
      return value;
    }
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!(code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff)))
      throw new XmlSyntaxError(`character reference &${ref}; is not an XML character`, at);
    return String.fromCodePoint(code);
  });
}

/** XML's white space: space, tab, line feed (carriage returns are gone by then). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

type Scope = ReadonlyMap<string, string>;

/** Parses `source` into an xmldom Document; throws an Error starting "XML error:" on anything not well formed. */
export function parseXml(source: string): XDocument {
  const text = source.includes("\r") ? source.replace(/\r\n?/g, "\n") : source;
  const doc = implementation.createDocument(null, null as unknown as string, null);
  const open: { readonly el: XElement; readonly name: string; readonly scope: Scope }[] = [];
  let scope: Scope = new Map([["xml", XML_NS]]);
  let parent: XNode = doc;
  let rootSeen = false;
  let pos = 0;
  const n = text.length;

  const appendText = (raw: string, at: number) => {
    if (raw === "") return;
    if (open.length === 0) {
      if (/\S/.test(raw)) throw new XmlSyntaxError("text outside the root element", at);
      // Before the root, as xmldom keeps it (between the declaration and the root); after it, dropped.
      if (!rootSeen) doc.appendChild(doc.createTextNode(raw));
      return;
    }
    if (raw.includes("]]>")) throw new XmlSyntaxError("“]]>” in text", at);
    parent.appendChild(doc.createTextNode(decode(raw, at)));
  };

  while (pos < n) {
    const lt = text.indexOf("<", pos);
    if (lt < 0) {
      appendText(text.slice(pos), pos);
      break;
    }
    if (lt > pos) appendText(text.slice(pos, lt), pos);
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = text.indexOf(">", lt + 2);
      if (gt < 0) throw new XmlSyntaxError("end tag not closed", lt);
      const name = text.slice(lt + 2, gt).trimEnd();
      const top = open.pop();
      if (!top) throw new XmlSyntaxError(`end tag </${name}> without a start tag`, lt);
      if (top.name !== name) throw new XmlSyntaxError(`end tag </${name}> does not match <${top.name}>`, lt);
      scope = top.scope;
      parent = open.length ? open[open.length - 1]!.el : doc;
      pos = gt + 1;
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = text.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlSyntaxError("processing instruction not closed", lt);
      const body = text.slice(lt + 2, end);
      const space = body.search(/[ \n\t]/);
      const target = space < 0 ? body : body.slice(0, space);
      if (!NAME.test(target) || target.includes(":"))
        throw new XmlSyntaxError(`bad processing instruction “${target}”`, lt);
      if (target.toLowerCase() === "xml" && (target !== "xml" || lt !== 0))
        throw new XmlSyntaxError("the XML declaration must come first", lt);
      parent.appendChild(
        doc.createProcessingInstruction(target, space < 0 ? "" : body.slice(space).trimStart()),
      );
      pos = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlSyntaxError("comment not closed", lt);
        parent.appendChild(doc.createComment(text.slice(lt + 4, end)));
        pos = end + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", lt)) {
        if (open.length === 0) throw new XmlSyntaxError("CDATA outside the root element", lt);
        const end = text.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlSyntaxError("CDATA section not closed", lt);
        parent.appendChild(doc.createCDATASection(text.slice(lt + 9, end)));
        pos = end + 3;
        continue;
      }
      throw new XmlSyntaxError("document type declarations are not accepted", lt);
    }

    // A start tag: its name, its attributes (namespace declarations first), then > or />.
    let i = lt + 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x3e || c === 0x2f || c === 0x20 || c === 0x0a || c === 0x09) break;
      i++;
    }
    const name = text.slice(lt + 1, i);
    if (!NAME.test(name)) throw new XmlSyntaxError(`bad element name “${name}”`, lt);
    if (open.length === 0 && rootSeen) throw new XmlSyntaxError("a second root element", lt);
    const attributes: [string, string][] = [];
    let declared: Map<string, string> | undefined;
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f && text.charCodeAt(i + 1) === 0x3e) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (i >= n) throw new XmlSyntaxError(`start tag <${name}> not closed`, lt);
      if (i === before) throw new XmlSyntaxError(`attributes of <${name}> must be separated by space`, i);
      const eq = text.indexOf("=", i);
      if (eq < 0) throw new XmlSyntaxError(`attribute without a value in <${name}>`, i);
      const attr = text.slice(i, eq).trimEnd();
      if (!NAME.test(attr)) throw new XmlSyntaxError(`bad attribute name “${attr}” in <${name}>`, i);
      let q = eq + 1;
      while (q < n && isSpace(text.charCodeAt(q))) q++;
      const quote = text[q];
      if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`the value of ${attr} must be quoted`, q);
      const close = text.indexOf(quote, q + 1);
      if (close < 0) throw new XmlSyntaxError(`the value of ${attr} is not closed`, q);
      const raw = text.slice(q + 1, close);
      if (raw.includes("<")) throw new XmlSyntaxError(`“<” in the value of ${attr}`, q);
      if (attributes.some(([a]) => a === attr)) throw new XmlSyntaxError(`${attr} repeated in <${name}>`, i);
      const value = decode(raw.replace(/[\t\n]/g, " "), q);
      attributes.push([attr, value]);
      if (attr === "xmlns" || attr.startsWith("xmlns:")) {
        declared ??= new Map(scope);
        declared.set(attr === "xmlns" ? "" : attr.slice(6), value);
      }
      i = close + 1;
    }

    const outer = scope;
    if (declared) scope = declared;
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const ns = scope.get(prefix);
    if (colon >= 0 && !ns) throw new XmlSyntaxError(`prefix “${prefix}” of <${name}> is not declared`, lt);
    const el = doc.createElementNS(ns || null, name);
    for (const [attr, value] of attributes) {
      const c = attr.indexOf(":");
      if (attr === "xmlns" || attr.startsWith("xmlns:")) el.setAttributeNS(XMLNS_NS, attr, value);
      else if (c < 0) el.setAttributeNS(null, attr, value);
      else {
        const attrNs = scope.get(attr.slice(0, c));
        if (!attrNs) throw new XmlSyntaxError(`prefix of ${attr} in <${name}> is not declared`, lt);
        el.setAttributeNS(attrNs, attr, value);
      }
    }
    parent.appendChild(el);
    if (open.length === 0) rootSeen = true;
    if (selfClosing) scope = outer;
    else {
      if (open.length >= MAX_XML_DEPTH) throw new XmlTooDeep(lt);
      open.push({ el, name, scope: outer });
      parent = el;
    }
    pos = i;
  }
  if (open.length) throw new XmlSyntaxError(`<${open[open.length - 1]!.name}> not closed`, n);
  if (!rootSeen) throw new XmlSyntaxError("no root element", n);
  return doc;
}
