// Reads an SRX document (2.0, and the 1.0 layout with <maprule>) into SrxRules.
// Lenient where real files are sloppy (OmegaT omits the required header attributes, tags may
// carry a namespace prefix), strict where a mistake would silently change segmentation:
// every regex is translated and compiled here, so a bad rule fails on import, not mid-run.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SrxError } from './errors.js';
import { translateJavaRegex } from './java-regex.js';
import type { SrxFormatHandle, SrxLanguageMap, SrxLanguageRule, SrxRule, SrxRules } from './srx-types.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false, // a regex may be a single space
  parseTagValue: false,
  parseAttributeValue: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  processEntities: true,
  htmlEntities: false,
  removeNSPrefix: true,
});

function tagOf(n: Node): string | undefined {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return undefined;
}
function children(n: Node): Node[] {
  const tag = tagOf(n);
  const c = tag ? n[tag] : undefined;
  return Array.isArray(c) ? (c as Node[]) : [];
}
function attrs(n: Node): Record<string, string> {
  return (n[':@'] as Record<string, string> | undefined) ?? {};
}
function elements(list: Node[], tag: string): Node[] {
  return list.filter((n) => tagOf(n)?.toLowerCase() === tag);
}
function first(list: Node[], tag: string): Node | undefined {
  return elements(list, tag)[0];
}
/** Concatenated text and CDATA of an element. */
function textOf(n: Node | undefined): string {
  if (!n) return '';
  let s = '';
  for (const c of children(n)) {
    const t = tagOf(c);
    if (t === '#text') s += String(c['#text'] ?? '');
    else if (t === '#cdata') s += textOf(c);
  }
  return s;
}
function yesNo(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  return !/^(?:no|false|0)$/i.test(v.trim());
}

function readRules(lr: Node, ruleSetName: string): SrxRule[] {
  const rules: SrxRule[] = [];
  let pendingComment: string | undefined;
  for (const c of children(lr)) {
    const tag = tagOf(c);
    if (tag === '#comment') {
      pendingComment = textOf(c).trim();
      continue;
    }
    if (tag !== 'rule') continue;
    const kids = children(c);
    const rule: SrxRule = {
      break: yesNo(attrs(c).break, true), // SRX default for @break is "yes"
      beforeBreak: textOf(first(kids, 'beforebreak')),
      afterBreak: textOf(first(kids, 'afterbreak')),
    };
    if (pendingComment) rule.comment = pendingComment;
    pendingComment = undefined;
    const where = `rule ${rules.length + 1} of “${ruleSetName}”`;
    translateJavaRegex(rule.beforeBreak, `${where}, beforebreak`);
    translateJavaRegex(rule.afterBreak, `${where}, afterbreak`);
    rules.push(rule);
  }
  return rules;
}

function readMaps(body: Node[]): SrxLanguageMap[] {
  const mapRules = first(body, 'maprules');
  if (!mapRules) throw new SrxError('missing <maprules>');
  let mapNodes = elements(children(mapRules), 'languagemap');
  if (mapNodes.length === 0) {
    // SRX 1.0: <maprules><maprule maprulename="…"><languagemap/>…; use the first map rule.
    const mr = first(children(mapRules), 'maprule');
    if (mr) mapNodes = elements(children(mr), 'languagemap');
  }
  return mapNodes.map((m, i) => {
    const a = attrs(m);
    const languagePattern = a.languagepattern;
    const languageRuleName = a.languagerulename;
    if (languagePattern === undefined || languageRuleName === undefined) {
      throw new SrxError(`languagemap ${i + 1} needs languagepattern and languagerulename`);
    }
    translateJavaRegex(languagePattern, `languagemap ${i + 1}, languagepattern`);
    return { languagePattern, languageRuleName };
  });
}

export function parseSrx(xml: string): SrxRules {
  const text = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new SrxError(`not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const doc = parser.parse(text) as Node[];
  const root = first(doc, 'srx');
  if (!root) throw new SrxError('not an SRX document: the root element must be <srx>');
  const top = children(root);
  const header = first(top, 'header');
  const h = header ? attrs(header) : {};
  const formatHandles: SrxFormatHandle[] = header
    ? elements(children(header), 'formathandle').flatMap((f) => {
        const a = attrs(f);
        const type = a.type;
        if (type !== 'start' && type !== 'end' && type !== 'isolated') return [];
        return [{ type, include: yesNo(a.include, type === 'end') }];
      })
    : [];
  const bodyNode = first(top, 'body');
  if (!bodyNode) throw new SrxError('missing <body>');
  const body = children(bodyNode);
  const lrs = first(body, 'languagerules');
  const languageRules: SrxLanguageRule[] = (lrs ? elements(children(lrs), 'languagerule') : []).map((lr, i) => {
    const name = attrs(lr).languagerulename;
    if (name === undefined) throw new SrxError(`languagerule ${i + 1} has no languagerulename`);
    return { name, rules: readRules(lr, name) };
  });
  const maps = readMaps(body);
  const names = new Set(languageRules.map((r) => r.name));
  for (const m of maps) {
    if (!names.has(m.languageRuleName)) {
      throw new SrxError(`languagemap “${m.languagePattern}” refers to unknown languagerule “${m.languageRuleName}”`);
    }
  }
  return {
    // Required in 2.0 but missing from OmegaT's files, whose layout (language rules, then a
    // catch-all ".*" Default) only makes sense cascaded — so a missing attribute means yes.
    cascade: yesNo(h.cascade, true),
    segmentSubflows: yesNo(h.segmentsubflows, true),
    formatHandles,
    languageRules,
    maps,
  };
}
