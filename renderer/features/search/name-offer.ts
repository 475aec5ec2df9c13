// After a corpus replace: does it look like one name corrected into another (so the glossary
// should learn it)? A name here is one to four words, each starting with a capital letter, in
// plain text (not a pattern). Builds the glossary entry the offer adds.
import type { GlossaryEntryView } from '../../../shared/api/contract.js';
import { emptyEntry } from '../glossary/index.js';

const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0-]\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;

export function looksLikeName(s: string): boolean {
  return NAME.test(s.trim());
}

export function isNameCorrection(from: string, to: string, regex: boolean): boolean {
  return !regex && from.trim() !== to.trim() && looksLikeName(from) && looksLikeName(to);
}

/** The name as preferred in every language, the replaced form as forbidden in the language it was found in. */
export function nameEntry(to: string, from: string, language: string): GlossaryEntryView {
  const lang = /^[a-z]{2,3}$/.test(language) ? language : '*';
  const entry = emptyEntry('name');
  entry.terms = { '*': [{ text: to.trim(), status: 'preferred' }] };
  (entry.terms[lang] ??= []).push({ text: from.trim(), status: 'forbidden' });
  return entry;
}

/** True when the glossary already knows this correction. */
export function glossaryHas(entries: readonly GlossaryEntryView[], to: string, from: string): boolean {
  return entries.some(
    (e) =>
      Object.values(e.terms).some((ts) => ts.some((t) => t.text === to.trim() && t.status !== 'forbidden')) &&
      Object.values(e.terms).some((ts) => ts.some((t) => t.text === from.trim() && t.status === 'forbidden')),
  );
}
