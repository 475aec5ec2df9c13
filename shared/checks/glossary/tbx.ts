// TBX-Basic import (TBX v2 <martif> and v3 <tbx>) and export (v2 <martif>, the widest support).
// Our extras (entry kind, do-not-translate, person of a title) travel in <note>bitext:…</note>,
// which other tools keep as plain notes.
import { XMLParser } from 'fast-xml-parser';
import type { Glossary, GlossaryEntry, Term, TermStatus } from './types.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'ntig', 'termSec', 'termNote', 'descrip', 'note', 'admin', 'descripGrp']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name) => ARRAYS.has(name),
  trimValues: true,
  parseTagValue: false,
  processEntities: true,
});

const arr = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x === undefined ? [] : [x as Node]);
const text = (x: unknown): string => {
  if (x === undefined || x === null) return '';
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  const n = x as Node;
  if ('#text' in n) return String(n['#text']);
  return Object.entries(n)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => arr(v).map(text).join(''))
    .join('');
};
const attr = (n: Node, name: string): string | undefined => {
  const v = n[`@_${name}`];
  return v === undefined ? undefined : String(v);
};

function statusOf(notes: Node[]): TermStatus {
  for (const n of notes) {
    const type = attr(n, 'type');
    const v = text(n).toLowerCase();
    if (type === 'administrativeStatus' || type === 'normativeAuthorization') {
      if (v.startsWith('preferred')) return 'preferred';
      if (v.startsWith('deprecated') || v.startsWith('superseded')) return 'forbidden';
      if (v.startsWith('admitted')) return 'admitted';
    }
  }
  return 'admitted';
}

function applyNotes(e: GlossaryEntry, notes: Node[], descrips: Node[]): void {
  for (const n of notes) {
    const v = text(n).trim();
    const m = /^bitext:(\w+)(?:=(.*))?$/su.exec(v);
    if (!m) {
      e.note = e.note ? `${e.note}\n${v}` : v;
      continue;
    }
    if (m[1] === 'kind' && (m[2] === 'name' || m[2] === 'title' || m[2] === 'term')) e.kind = m[2];
    if (m[1] === 'dnt') e.doNotTranslate = true;
    if (m[1] === 'person' && m[2]) e.person = m[2];
  }
  for (const d of descrips) if (attr(d, 'type') === 'subjectField') e.subject = text(d);
}

const langOf = (n: Node): string => {
  const l = (attr(n, 'xml:lang') ?? attr(n, 'lang') ?? '*').toLowerCase();
  return l === 'und' || l === 'zxx' ? '*' : l.split(/[-_]/u)[0]!;
};

export function parseTbx(xml: string): Glossary {
  const doc = parser.parse(xml) as Node;
  const root = (doc['martif'] ?? doc['tbx']) as Node | undefined;
  if (!root) throw new Error('not a TBX file: no <martif> or <tbx> root');
  const body = ((root['text'] as Node | undefined)?.['body'] ?? {}) as Node;
  const entries: GlossaryEntry[] = [];
  const v3 = 'conceptEntry' in body;
  arr(v3 ? body['conceptEntry'] : body['termEntry']).forEach((ce, i) => {
    const e: GlossaryEntry = { id: attr(ce, 'id') ?? `e${i + 1}`, kind: 'term', terms: {} };
    applyNotes(e, arr(ce['note']), arr(ce['descrip']));
    for (const ls of arr(v3 ? ce['langSec'] : ce['langSet'])) {
      const lang = langOf(ls);
      applyNotes(
        e,
        arr(ls['note']).filter((n) => /^bitext:/u.test(text(n))),
        [],
      );
      const groups = v3 ? arr(ls['termSec']) : [...arr(ls['tig']), ...arr(ls['ntig']).map((n) => (n['termGrp'] ?? n) as Node)];
      for (const g of groups) {
        const t = text(g['term']).trim();
        if (!t) continue;
        const term: Term = { text: t, status: statusOf(arr(g['termNote'])) };
        const note = arr(g['note']).map(text).join(' ').trim();
        if (note) term.note = note;
        (e.terms[lang] ??= []).push(term);
      }
    }
    entries.push(e);
  });
  return { entries };
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const STS: Record<TermStatus, string> = { preferred: 'preferredTerm-admn-sts', admitted: 'admittedTerm-admn-sts', forbidden: 'deprecatedTerm-admn-sts' };

export function glossaryToTbx(g: Glossary, sourceLang = 'en'): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif type="TBX-Basic" xml:lang="${esc(sourceLang)}">`,
    '  <martifHeader><fileDesc><sourceDesc><p>Bitext Workbench glossary</p></sourceDesc></fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>',
    '  <text><body>',
  ];
  for (const e of g.entries) {
    out.push(`    <termEntry id="${esc(e.id)}">`);
    if (e.subject) out.push(`      <descrip type="subjectField">${esc(e.subject)}</descrip>`);
    if (e.kind !== 'term') out.push(`      <note>bitext:kind=${e.kind}</note>`);
    if (e.doNotTranslate) out.push('      <note>bitext:dnt</note>');
    if (e.person) out.push(`      <note>bitext:person=${esc(e.person)}</note>`);
    if (e.note) out.push(`      <note>${esc(e.note)}</note>`);
    for (const [lang, terms] of Object.entries(e.terms)) {
      out.push(`      <langSet xml:lang="${lang === '*' ? 'und' : esc(lang)}">`);
      for (const t of terms) {
        out.push('        <tig>', `          <term>${esc(t.text)}</term>`, `          <termNote type="administrativeStatus">${STS[t.status]}</termNote>`);
        if (t.note) out.push(`          <note>${esc(t.note)}</note>`);
        out.push('        </tig>');
      }
      out.push('      </langSet>');
    }
    out.push('    </termEntry>');
  }
  out.push('  </body></text>', '</martif>', '');
  return out.join('\n');
}
