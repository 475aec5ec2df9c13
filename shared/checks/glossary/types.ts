// Termbase model: one entry per concept, terms per language with a status.
export type TermStatus = 'preferred' | 'admitted' | 'forbidden';

export interface Term {
  text: string;
  status: TermStatus;
  note?: string;
}

export interface GlossaryEntry {
  id: string;
  /** 'name': a proper name (usually do-not-translate); 'title': a title bound to a person; 'term': ordinary term. */
  kind: 'term' | 'name' | 'title';
  /** The name must stay as written in every language. */
  doNotTranslate?: boolean;
  /** For titles: the person the title belongs to ("Antony Blinken"). */
  person?: string;
  subject?: string;
  note?: string;
  /** Language code → terms. For do-not-translate names, the key '*' may hold wrong variants for any language. */
  terms: Record<string, Term[]>;
}

export interface Glossary {
  entries: GlossaryEntry[];
}

export const emptyGlossary = (): Glossary => ({ entries: [] });

export function termsOf(entry: GlossaryEntry, lang: string, status: TermStatus): string[] {
  const own = entry.terms[lang] ?? [];
  const any = entry.terms['*'] ?? [];
  return [...own, ...any].filter((t) => t.status === status).map((t) => t.text);
}

export function preferredOf(entry: GlossaryEntry, lang: string): string | undefined {
  return termsOf(entry, lang, 'preferred')[0] ?? termsOf(entry, lang, 'admitted')[0];
}
