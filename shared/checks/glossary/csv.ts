// Glossary as CSV (RFC 4180): one row per term.
// Columns: entry,kind,lang,term,status,dnt,person,subject,note,entry_note
import type { Glossary, GlossaryEntry, TermStatus } from './types.js';

export const CSV_COLUMNS = ['entry', 'kind', 'lang', 'term', 'status', 'dnt', 'person', 'subject', 'note', 'entry_note'] as const;

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

const STATUS: Record<string, TermStatus> = {
  preferred: 'preferred',
  admitted: 'admitted',
  forbidden: 'forbidden',
  deprecated: 'forbidden',
  preferredterm: 'preferred',
  admittedterm: 'admitted',
  deprecatedterm: 'forbidden',
  supersededterm: 'forbidden',
};

export function parseGlossaryCsv(text: string): Glossary {
  const rows = parseRows(text);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('term') < 0 || col('lang') < 0) throw new Error('glossary CSV needs at least "lang" and "term" columns');
  const byId = new Map<string, GlossaryEntry>();
  rows.forEach((r, n) => {
    const get = (name: string) => (col(name) >= 0 ? (r[col(name)] ?? '').trim() : '');
    const id = get('entry') || `e${n + 1}`;
    let e = byId.get(id);
    if (!e) {
      const kind = get('kind');
      e = { id, kind: kind === 'name' || kind === 'title' ? kind : 'term', terms: {} };
      byId.set(id, e);
    }
    if (/^(?:1|true|yes|oui)$/iu.test(get('dnt'))) e.doNotTranslate = true;
    if (get('person')) e.person = get('person');
    if (get('subject')) e.subject = get('subject');
    if (get('entry_note')) e.note = get('entry_note');
    const lang = get('lang') || '*';
    const status =
      STATUS[
        get('status')
          .toLowerCase()
          .replace(/[-_\s]/gu, '')
      ] ?? 'preferred';
    const term = get('term');
    if (!term) return;
    (e.terms[lang] ??= []).push({ text: term, status, ...(get('note') ? { note: get('note') } : {}) });
  });
  return { entries: [...byId.values()] };
}

const q = (s: string) => (/[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

export function glossaryToCsv(g: Glossary): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of g.entries) {
    for (const [lang, terms] of Object.entries(e.terms)) {
      for (const t of terms) {
        lines.push(
          [e.id, e.kind, lang, t.text, t.status, e.doNotTranslate ? '1' : '', e.person ?? '', e.subject ?? '', t.note ?? '', e.note ?? ''].map(q).join(','),
        );
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
