import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { parseXml } from "../../src/docx/xml/parseXml";
import { serializeNode } from "../../src/docx/xml/serialize";

// The headless Word parses and writes XML itself (xmldom's parser was most of an insert's time); what it builds
// and writes must be what xmldom builds and writes.
const xmldom = (xml: string) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  }).parseFromString(xml, "application/xml");
const written = (node: Parameters<XMLSerializer["serializeToString"]>[0]) =>
  new XMLSerializer().serializeToString(node);

const WELL_FORMED = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="urn:w" xmlns:r="urn:r"><w:body><w:p><w:r><w:t xml:space="preserve"> a &lt;b&gt; &amp; “c” </w:t></w:r></w:p><w:sectPr r:id="rId1"/></w:body></w:document>',
  '<pkg:package xmlns:pkg="urn:pkg"><?mso-application progid="Word.Document"?><pkg:part pkg:name="/x"><pkg:xmlData><a xmlns="urn:a"><b c="1&#10;2&#x9;3\t4\n5" d=\'q"\'/><!-- note --><![CDATA[<raw> & ]]></a></pkg:xmlData></pkg:part></pkg:package>',
  '<r xmlns="urn:d"><x xmlns="urn:e"><y/></x><z xmlns=""/><ý ă="đ">Việt</ý></r>\r\n',
];

const MALFORMED = [
  "<a>",
  "<a></b>",
  "<a x=1/>",
  '<a x="1" x="2"/>',
  '<a b="1"c="2"/>',
  "<a>&foo;</a>",
  "<a>&amp</a>",
  "<a>AT&T</a>",
  "<p:a/>",
  "<a/><b/>",
  "x<a/>",
  '<a x="<"/>',
  "<!DOCTYPE a><a/>",
  "",
  "<a><!-- open</a>",
];

describe("parseXml and serializeNode (src/docx/xml)", () => {
  it.each(WELL_FORMED)("builds the tree xmldom builds, and writes it as xmldom does: %#", (xml) => {
    const ours = parseXml(xml);
    expect(written(ours)).toBe(written(xmldom(xml)));
    expect(serializeNode(ours)).toBe(written(ours));
    expect(ours.documentElement?.namespaceURI).toBe(xmldom(xml).documentElement?.namespaceURI);
  });

  it.each(MALFORMED)("rejects what is not well formed: %j", (xml) => {
    expect(() => parseXml(xml)).toThrow(/^XML error: /);
  });

  it("declares a namespace where a node made in code needs it, as xmldom does", () => {
    const doc = parseXml('<r xmlns="urn:a" xmlns:w="urn:w"><x/></r>');
    const made = doc.createElementNS("urn:b", "p:y");
    made.setAttributeNS("urn:c", "q:z", '1\n"<&>');
    doc.documentElement!.appendChild(made);
    const unprefixed = doc.createElementNS("urn:w", "v");
    unprefixed.appendChild(doc.createTextNode("a<b>&c"));
    doc.documentElement!.appendChild(unprefixed);
    doc.documentElement!.appendChild(doc.createElementNS("urn:z", "u"));
    expect(serializeNode(doc)).toBe(written(doc));
    expect(serializeNode(doc)).toContain(
      '<p:y xmlns:q="urn:c" q:z="1&#10;&quot;&lt;&amp;&gt;" xmlns:p="urn:b"/>',
    );
  });
});
