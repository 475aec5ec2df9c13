// Reads a TMX file (ours, or another tool's; TMX 1.1–1.4, `lang` or `xml:lang`) into segment pairs
// with their metadata. <hi>/<sub> hold text and stay text; <bpt>/<ept>/<ph>/<it>/<ut> are codes
// kept as placeholders (inline.ts) and written back on export. The tu's attributes (tuid, dates,
// users), props and notes are kept for the round trip. Languages: see bitext-langs.ts.
import { pickTarget, pickVariant, sameTag, TagList, tagAsWritten } from './bitext-langs.js';
import { CodeTable, type CodeKind } from './inline.js';
import { ImportFormatError, metaFrom, type BitextReadOptions, type ImportedBitext, type ImportedSegment } from './imported.js';
import { elements, firstElement, localName, parseXmlTree, serializeNode, textContent, type XmlNode } from './xml-tree.js';

/** Our own tu props (tmx.ts tuProps); any other prop is another tool's and is carried as is. */
const OWN_PROPS = new Set(['x-pair', 'x-bead', 'x-doc-src', 'x-doc-tgt', 'x-confidence', 'x-confirmed', 'x-edited', 'x-origin']);
const CODE_KIND: Record<string, CodeKind> = { bpt: 'open', ept: 'close', ph: 'standalone', it: 'standalone', ut: 'standalone' };

/** A <seg>'s text with its codes as placeholders. */
export function tmxSegText(seg: XmlNode, table: CodeTable, dropped: { n: number }): string {
  let out = '';
  for (const c of seg.children) {
    if (typeof c === 'string') {
      out += c;
      continue;
    }
    const kind = CODE_KIND[localName(c)];
    if (!kind) {
      out += tmxSegText(c, table, dropped);
      continue;
    } // <hi>, <sub>: text
    const ch = table.add({ kind, format: 'tmx', xml: serializeNode(c), native: textContent(c) });
    if (ch) out += ch;
    else dropped.n++;
  }
  return out;
}

function tuvLang(v: XmlNode): string {
  return tagAsWritten(v.attrs['xml:lang'] ?? v.attrs.lang ?? '');
}

export function readTmx(xml: string, opts: BitextReadOptions = {}): ImportedBitext {
  const tmx = parseXmlTree(xml);
  if (localName(tmx) !== 'tmx') throw new ImportFormatError('not a TMX file (no <tmx> root)', 'notBilingual', { expected: 'TMX' });
  const head = firstElement(tmx, 'header');
  const header: Record<string, string> = { ...(head?.attrs ?? {}) };
  for (const p of elements(head, 'prop')) if (p.attrs.type) header[p.attrs.type] = textContent(p);
  const headerNotes = elements(head, 'note').map(textContent);
  const warnings: string[] = [];
  const tus = elements(firstElement(tmx, 'body'), 'tu');

  const found = new TagList();
  for (const tu of tus) for (const v of elements(tu, 'tuv')) found.add(tuvLang(v));
  const headerSrc = header.srclang && header.srclang !== '*all*' ? tagAsWritten(header.srclang) : undefined;
  if (!tus.length) {
    // An empty memory is valid TMX: nothing to read, said by the caller ("no unit").
    return {
      format: 'tmx',
      srcLang: headerSrc ?? 'und',
      tgtLang: opts.languages?.[1] ?? 'und',
      header,
      headerNotes,
      segments: [],
      warnings,
      codes: { src: [], tgt: [] },
      languagesFound: [],
    };
  }
  const srcLang = found.find(opts.languages?.[0] ?? headerSrc ?? found.tags[0] ?? '');
  if (!srcLang) throw new ImportFormatError('TMX has no language variants', 'oneLanguage', { language: 'und' });
  const tgtChoice = opts.languages?.[1] ?? pickTarget(found.tags, srcLang, opts.prefer);
  const tgtLang = tgtChoice ? found.find(tgtChoice) : undefined;
  if (!tgtLang || sameTag(tgtLang, srcLang)) {
    throw new ImportFormatError(`TMX has no second language besides ${srcLang} (languages: ${found.tags.join(', ') || 'none'})`, 'oneLanguage', {
      language: srcLang,
    });
  }

  const src = new CodeTable();
  const tgt = new CodeTable();
  const dropped = { n: 0 };
  const segments: ImportedSegment[] = [];
  tus.forEach((tu, i) => {
    const label = tu.attrs.tuid ?? String(i + 1);
    const tuvs = elements(tu, 'tuv').map((v) => ({ lang: tuvLang(v), node: v }));
    const s = pickVariant(tuvs, srcLang);
    const t = s ? pickVariant(tuvs, tgtLang, s) : undefined;
    if (!s || !t) {
      warnings.push(`tu ${label}: no ${!s ? srcLang : tgtLang} variant, skipped`);
      return;
    }
    const props = elements(tu, 'prop').map((p) => [p.attrs.type ?? '', textContent(p)] as [string, string]);
    const meta = metaFrom(props.filter(([k]) => OWN_PROPS.has(k)).map(([k, v]) => [k.replace(/^x-/, ''), v] as [string, string]));
    const foreign = props.filter(([k]) => !OWN_PROPS.has(k));
    if (foreign.length) meta.props = foreign;
    meta.notes = elements(tu, 'note').map(textContent);
    // tuid is the unit's id; the other attributes (dates, users, counts) are kept as written.
    const { tuid: _tuid, ...attrs } = tu.attrs;
    if (Object.keys(attrs).length) meta.attrs = attrs;
    if (tu.attrs.tuid) meta.id = tu.attrs.tuid;
    const segOf = (v: XmlNode, table: CodeTable) => {
      const seg = firstElement(v, 'seg');
      return seg ? tmxSegText(seg, table, dropped) : '';
    };
    segments.push({ src: segOf(s.node, src), tgt: segOf(t.node, tgt), meta });
  });
  if (dropped.n) warnings.push(`${dropped.n} inline codes dropped (too many different codes)`);
  return {
    format: 'tmx',
    srcLang,
    tgtLang,
    header,
    headerNotes,
    segments,
    warnings,
    codes: { src: src.codes, tgt: tgt.codes },
    languagesFound: found.tags,
  };
}
