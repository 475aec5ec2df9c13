// Pure helpers for the Glossary view: new entries, the editor's flat term rows, checks before
// saving, search, and the import format from a file name. Unit-tested, no React.
import type { GlossaryEntryView } from '../../../shared/api/contract.js';

export type GlossaryKind = GlossaryEntryView['kind'];
export type TermStatus = 'preferred' | 'admitted' | 'forbidden';
export const KINDS: readonly GlossaryKind[] = ['name', 'title', 'term'];
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'forbidden'];
/** '*' = any language (a do-not-translate name's wrong variants, or the name itself). */
export const ANY_LANGUAGE = '*';

export interface TermRow {
  lang: string;
  text: string;
  status: TermStatus;
  note: string;
}

export function newEntryId(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return `g_${[...random(6)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function emptyEntry(kind: GlossaryKind, id = newEntryId()): GlossaryEntryView {
  return { id, kind, ...(kind === 'name' ? { doNotTranslate: true } : {}), terms: {} };
}

export function termRows(entry: GlossaryEntryView): TermRow[] {
  const rows: TermRow[] = [];
  for (const [lang, terms] of Object.entries(entry.terms)) for (const t of terms) rows.push({ lang, text: t.text, status: t.status, note: t.note ?? '' });
  return rows;
}

export function fromTermRows(rows: readonly TermRow[]): GlossaryEntryView['terms'] {
  const out: GlossaryEntryView['terms'] = {};
  for (const r of rows) {
    const text = r.text.trim();
    if (!text) continue;
    const lang = r.lang.trim().toLowerCase();
    (out[lang] ??= []).push({ text, status: r.status, ...(r.note.trim() ? { note: r.note.trim() } : {}) });
  }
  return out;
}

export type EntryProblem = 'noTerms' | 'badLanguage' | 'noPreferred';

/** What stops an entry from being saved (the core would refuse a bad language code). */
export function entryProblems(rows: readonly TermRow[]): EntryProblem[] {
  const filled = rows.filter((r) => r.text.trim() !== '');
  const problems: EntryProblem[] = [];
  if (filled.length === 0) problems.push('noTerms');
  if (filled.some((r) => !/^(?:[a-z]{2,3}|\*)$/.test(r.lang.trim().toLowerCase()))) problems.push('badLanguage');
  if (filled.length > 0 && !filled.some((r) => r.status !== 'forbidden')) problems.push('noPreferred');
  return problems;
}

/** The entry's headword: its first preferred term (any language first), else its first term. */
export function entryTitle(entry: GlossaryEntryView): string {
  const langs = Object.keys(entry.terms).sort((a, b) => (a === ANY_LANGUAGE ? -1 : b === ANY_LANGUAGE ? 1 : a.localeCompare(b)));
  for (const l of langs) {
    const p = entry.terms[l]!.find((t) => t.status === 'preferred');
    if (p) return p.text;
  }
  for (const l of langs) if (entry.terms[l]![0]) return entry.terms[l]![0]!.text;
  return '';
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterEntries(entries: readonly GlossaryEntryView[], query: string): GlossaryEntryView[] {
  const q = fold(query.trim());
  if (!q) return [...entries];
  return entries.filter((e) =>
    [
      e.person ?? '',
      e.note ?? '',
      ...Object.values(e.terms)
        .flat()
        .map((t) => t.text),
    ].some((s) => fold(s).includes(q)),
  );
}

export function sortEntries(entries: readonly GlossaryEntryView[], locale: string): GlossaryEntryView[] {
  const c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...entries].sort((a, b) => c.compare(entryTitle(a), entryTitle(b)) || a.id.localeCompare(b.id));
}

export function upsertEntry(entries: readonly GlossaryEntryView[], entry: GlossaryEntryView): GlossaryEntryView[] {
  return entries.some((e) => e.id === entry.id) ? entries.map((e) => (e.id === entry.id ? entry : e)) : [...entries, entry];
}

export function removeEntry(entries: readonly GlossaryEntryView[], id: string): GlossaryEntryView[] {
  return entries.filter((e) => e.id !== id);
}

export function formatOfFile(name: string): 'tbx' | 'csv' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tbx') || lower.endsWith('.xml')) return 'tbx';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return null;
}
