// Reads XLIFF 1.0–1.2 and 2.x into segment pairs. Units without a target are skipped (said in
// the warnings). Inline codes become placeholders (inline.ts); <mrk> holds text and stays text.
// The confirm state comes from `approved`/`state` (1.x) or the segment state (2.x) when the file
// says one; the unit's attributes, notes and our own provenance (context/metadata) are kept.
import { ImportFormatError, metaFrom, type BitextReadOptions, type ImportedBitext, type ImportedMeta, type ImportedSegment } from './imported.js';
import { CodeTable, type CodeFormat, type CodeKind } from './inline.js';
import { tagAsWritten } from './bitext-langs.js';
import { elements, firstElement, localName, parseXmlTree, serializeNode, textContent, type XmlNode } from './xml-tree.js';

const KIND_12: Record<string, CodeKind> = { bpt: 'open', ept: 'close', bx: 'open', ex: 'close', x: 'standalone', ph: 'standalone', it: 'standalone' };
const KIND_2: Record<string, CodeKind> = { sc: 'open', ec: 'close', ph: 'standalone' };

function startTag(n: XmlNode): string {
  return serializeNode({ ...n, children: [] }).replace(/\/>$/, '>');
}

/** Text of a <source>/<target> (or a nested element) with codes as placeholders. */
export function xliffInlineText(n: XmlNode, format: CodeFormat, table: CodeTable, dropped: { n: number }): string {
  let out = '';
  const push = (kind: CodeKind, xml: string, native: string) => {
    const ch = table.add({ kind, format, xml, native });
    if (ch) out += ch;
    else dropped.n++;
  };
  for (const c of n.children) {
    if (typeof c === 'string') {
      out += c;
      continue;
    }
    const name = localName(c);
    const kinds = format === 'xliff12' ? KIND_12 : KIND_2;
    if (kinds[name]) push(kinds[name]!, serializeNode(c), textContent(c));
    else if (name === 'g' || name === 'pc') {
      // A paired code around text: the text stays text between an open and a close code.
      push('open', startTag(c), startTag(c));
      out += xliffInlineText(c, format, table, dropped);
      push('close', `</${c.name}>`, `</${c.name}>`);
    } else if (name === 'cp') {
      const cp = parseInt(c.attrs.hex ?? '', 16);
      if (Number.isFinite(cp)) out += String.fromCodePoint(cp);
    } else if (name === 'sm' || name === 'em') {
      // Annotation markers carry no text.
    } else out += xliffInlineText(c, format, table, dropped); // <mrk> and unknown: their text
  }
  return out;
}

/** Trans-units (1.x) or units (2.x) in document order, through <group>s. */
function units(n: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of elements(n)) {
    const l = localName(c);
    if (l === name) out.push(c);
    else if (l === 'group' || l === 'body') out.push(...units(c, name));
  }
  return out;
}

function confirmed12(unit: XmlNode, target: XmlNode): boolean | undefined {
  if (unit.attrs.approved === 'yes') return true;
  const state = target.attrs.state;
  if (state === 'final' || state === 'signed-off') return true;
  if (unit.attrs.approved === 'no' || (state && state !== 'translated')) return false;
  return unit.attrs.approved === undefined && state === 'translated' ? false : undefined;
}

/** Our own provenance (xliff12.ts context-group / xliff.ts mda:meta) back into typed fields. */
function ownMeta(unit: XmlNode): ImportedMeta {
  const entries: Array<[string, string]> = [];
  for (const g of elements(unit, 'context-group'))
    for (const c of elements(g, 'context')) {
      const t = c.attrs['context-type'] ?? '';
      if (t.startsWith('x-')) entries.push([t.slice(2), textContent(c)]);
    }
  for (const m of elements(unit, 'metadata'))
    for (const g of elements(m, 'metaGroup'))
      for (const x of elements(g, 'meta')) {
        if (g.attrs.category === 'alignment' && x.attrs.type && !x.attrs.type.endsWith('-sentences')) entries.push([x.attrs.type, textContent(x)]);
      }
  return metaFrom(entries);
}

export function readXliff(xml: string, opts: BitextReadOptions = {}): ImportedBitext {
  const root = parseXmlTree(xml);
  if (localName(root) !== 'xliff') throw new ImportFormatError('not an XLIFF file (no <xliff> root)', 'notBilingual', { expected: 'XLIFF' });
  const ns = root.attrs.xmlns ?? '';
  const v2 = (root.attrs.version ?? '').startsWith('2') || /:document:2\./.test(ns);
  const format: CodeFormat = v2 ? 'xliff2' : 'xliff12';
  const files = elements(root, 'file');
  const firstFile = files[0];
  let srcLang = tagAsWritten(v2 ? (root.attrs.srcLang ?? '') : (firstFile?.attrs['source-language'] ?? ''));
  let tgtLang = tagAsWritten(v2 ? (root.attrs.trgLang ?? '') : (files.find((f) => f.attrs['target-language'])?.attrs['target-language'] ?? ''));
  if (opts.languages) [srcLang, tgtLang] = opts.languages;
  const warnings: string[] = [];
  const src = new CodeTable();
  const tgt = new CodeTable();
  const dropped = { n: 0 };
  const segments: ImportedSegment[] = [];
  let count = 0;
  for (const file of files) {
    const fileName = file.attrs.original ?? file.attrs.id;
    if (
      !v2 &&
      file.attrs['source-language'] &&
      srcLang &&
      tagAsWritten(file.attrs['source-language']).toLowerCase() !== srcLang.toLowerCase() &&
      !opts.languages
    ) {
      warnings.push(`file ${fileName ?? ''}: source language ${file.attrs['source-language']} differs from ${srcLang}`);
    }
    for (const unit of units(v2 ? file : (firstElement(file, 'body') ?? file), v2 ? 'unit' : 'trans-unit')) {
      const label = unit.attrs.id ?? String(count + 1);
      const base = ownMeta(unit);
      if (Object.keys(unit.attrs).length) base.attrs = { ...unit.attrs };
      base.notes = v2 ? elements(firstElement(unit, 'notes'), 'note').map(textContent) : elements(unit, 'note').map(textContent);
      if (fileName && files.length > 1) base.props = [['x-file', fileName]];
      const pairs: Array<{ s: XmlNode; t: XmlNode | undefined; conf: boolean | undefined; id: string }> = [];
      if (v2) {
        elements(unit, 'segment').forEach((seg, k) => {
          const st = seg.attrs.state;
          pairs.push({
            s: firstElement(seg, 'source')!,
            t: firstElement(seg, 'target'),
            conf: st === 'reviewed' || st === 'final' ? true : st ? false : undefined,
            id: seg.attrs.id ?? String(k + 1),
          });
        });
      } else {
        const t = firstElement(unit, 'target');
        pairs.push({ s: firstElement(unit, 'source')!, t, conf: t ? confirmed12(unit, t) : undefined, id: '' });
      }
      pairs.forEach((p, k) => {
        count++;
        if (!p.s || !p.t) {
          warnings.push(`unit ${label}: no target, skipped`);
          return;
        }
        const meta: ImportedMeta = { ...base, extra: { ...base.extra }, notes: k === 0 ? base.notes : [] };
        if (meta.confirmed === undefined && p.conf !== undefined) meta.confirmed = p.conf;
        if (!meta.id) meta.id = pairs.length > 1 ? `${label}:${p.id}` : label;
        segments.push({ src: xliffInlineText(p.s, format, src, dropped), tgt: xliffInlineText(p.t, format, tgt, dropped), meta });
      });
    }
  }
  // Unnamed languages (po2xliff writes no target-language) are left to the caller to detect.
  if (!srcLang) srcLang = 'und';
  if (!tgtLang) tgtLang = 'und';
  if (dropped.n) warnings.push(`${dropped.n} inline codes dropped (too many different codes)`);
  return {
    format,
    srcLang,
    tgtLang,
    header: { ...root.attrs },
    headerNotes: [],
    segments,
    warnings,
    codes: { src: src.codes, tgt: tgt.codes },
    languagesFound: [srcLang, tgtLang],
  };
}
