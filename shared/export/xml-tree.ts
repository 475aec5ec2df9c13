// A small ordered XML tree for bilingual files (TMX, XLIFF): mixed content — text with inline
// elements between — must keep its order, which fast-xml-parser gives with preserveOrder. The
// tree can be written back (serializeNode) so that a foreign inline code is exported as it came.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportFormatError } from './imported.js';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlNode | string>;
}

type Raw = Record<string, unknown>;

function convert(raw: Raw[]): Array<XmlNode | string> {
  const out: Array<XmlNode | string> = [];
  for (const r of raw) {
    if ('#text' in r) {
      out.push(String(r['#text']));
      continue;
    }
    const name = Object.keys(r).find((k) => k !== ':@');
    if (!name || name.startsWith('?') || name.startsWith('!')) continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries((r[':@'] ?? {}) as Raw)) attrs[k] = String(v);
    out.push({ name, attrs, children: convert((r[name] ?? []) as Raw[]) });
  }
  return out;
}

/** The root element of a well-formed document; a clear error otherwise. */
export function parseXmlTree(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new ImportFormatError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`, 'notXml', { line: valid.err.line, reason: valid.err.msg });
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Numeric character references (&#x9;) besides the five XML entities.
    htmlEntities: true,
  });
  const root = convert(parser.parse(xml) as Raw[]).find((n): n is XmlNode => typeof n !== 'string');
  if (!root) throw new ImportFormatError('no root element', 'notXml', { line: 1, reason: 'no root element' });
  return root;
}

/** Local name (prefix dropped): XLIFF files may use a prefix for their own namespace. */
export function localName(n: XmlNode): string {
  const i = n.name.indexOf(':');
  return i < 0 ? n.name : n.name.slice(i + 1);
}

export function elements(n: XmlNode | undefined, name?: string): XmlNode[] {
  if (!n) return [];
  return n.children.filter((c): c is XmlNode => typeof c !== 'string' && (name === undefined || localName(c) === name));
}

export function firstElement(n: XmlNode | undefined, name: string): XmlNode | undefined {
  return elements(n, name)[0];
}

/** All text inside, markup dropped (for notes and props). */
export function textContent(n: XmlNode): string {
  return n.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

const esc = (s: string, attr: boolean) =>
  s.replace(
    attr ? /[&<>"\r\n\t]/g : /[&<>\r]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#xD;', '\n': '&#xA;', '\t': '&#x9;' })[c]!,
  );

export function serializeNode(n: XmlNode | string): string {
  if (typeof n === 'string') return esc(n, false);
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${esc(v, true)}"`)
    .join('');
  if (!n.children.length) return `<${n.name}${attrs}/>`;
  return `<${n.name}${attrs}>${n.children.map(serializeNode).join('')}</${n.name}>`;
}
