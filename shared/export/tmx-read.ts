// Reads a TMX file (ours, or another tool's) back into segment pairs + metadata. fast-xml-parser
// does the XML; we map tu/tuv/prop/note. Inline codes (bpt/ept/ph/it/hi) are dropped with a
// warning: a plain-text corpus has no use for them. Language variants are matched by primary
// language, case-insensitively (EN-us and en-US are both "en").
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { canonicalLangTag, primaryLanguage } from './lang-tag.js';
import { ImportFormatError, metaFrom, type ImportedBitext, type ImportedSegment } from './imported.js';

type Node = Record<string, unknown>;
const ARRAYS = new Set(['tu', 'tuv', 'prop', 'note']);

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Decodes numeric character references (&#xD;) besides the five XML entities.
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
}

function textOf(v: unknown): { text: string; inline: boolean } {
  if (v === undefined || v === null) return { text: '', inline: false };
  if (typeof v === 'string') return { text: v, inline: false };
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v), inline: false };
  const n = v as Node;
  const inline = Object.keys(n).some((k) => !k.startsWith('@_') && k !== '#text');
  const t = n['#text'];
  return { text: t === undefined ? '' : String(t), inline };
}

function attr(n: Node | undefined, name: string): string | undefined {
  const v = n?.[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

function list(v: unknown): Node[] {
  return Array.isArray(v) ? (v as Node[]) : v === undefined || v === '' ? [] : [v as Node];
}

export function readTmx(xml: string, opts: { tgtLang?: string } = {}): ImportedBitext {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ImportFormatError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser().parse(xml) as Node;
  const tmx = doc.tmx as Node | undefined;
  if (!tmx || typeof tmx !== 'object') throw new ImportFormatError('not a TMX file (no <tmx> root)');
  const head = (tmx.header ?? {}) as Node;
  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(head)) if (k.startsWith('@_')) header[k.slice(2)] = String(v);
  for (const p of list(head.prop)) { const t = attr(p, 'type'); if (t) header[t] = textOf(p).text; }
  const headerNotes = list(head.note).map((n) => textOf(n).text);
  const warnings: string[] = [];
  const srcRaw = header.srclang;
  if (!srcRaw || srcRaw === '*all*') throw new ImportFormatError('TMX header has no single srclang');
  const srcLang = canonicalLangTag(srcRaw) ?? srcRaw;
  const srcKey = primaryLanguage(srcLang);
  const tus = list((tmx.body as Node | undefined)?.tu);
  let tgtLang = opts.tgtLang ? canonicalLangTag(opts.tgtLang) ?? opts.tgtLang : undefined;
  const segments: ImportedSegment[] = [];
  tus.forEach((tu, i) => {
    const label = attr(tu, 'tuid') ?? String(i + 1);
    const tuvs = list(tu.tuv).map((v) => {
      const lang = attr(v, 'xml:lang') ?? attr(v, 'lang') ?? '';
      const seg = textOf(v.seg);
      if (seg.inline) warnings.push(`tu ${label}: inline codes dropped`);
      return { lang: canonicalLangTag(lang) ?? lang, text: seg.text };
    });
    const src = tuvs.find((v) => primaryLanguage(v.lang) === srcKey);
    if (!tgtLang) tgtLang = tuvs.find((v) => primaryLanguage(v.lang) !== srcKey)?.lang;
    const tgt = tgtLang ? tuvs.find((v) => primaryLanguage(v.lang) === primaryLanguage(tgtLang!)) : undefined;
    if (!src || !tgt) {
      warnings.push(`tu ${label}: no ${!src ? srcLang : tgtLang ?? 'target'} variant, skipped`);
      return;
    }
    // Our props are "x-…"; the typed fields drop the prefix.
    const meta = metaFrom(list(tu.prop).map((p) => [(attr(p, 'type') ?? '').replace(/^x-/, ''), textOf(p).text] as [string, string]));
    meta.notes = list(tu.note).map((n) => textOf(n).text);
    const tuid = attr(tu, 'tuid');
    if (tuid) meta.id = tuid;
    segments.push({ src: src.text, tgt: tgt.text, meta });
  });
  return { format: 'tmx', srcLang, tgtLang: tgtLang ?? 'und', header, headerNotes, segments, warnings };
}
