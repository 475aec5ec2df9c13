// Language tags as CAT tools accept them: BCP 47 canonical case (en, fr-CA), never POSIX
// underscores. Intl.getCanonicalLocales only fixes case and known aliases, unlike
// bcp-47-normalize which rewrites "und" to "en".

/** Canonical BCP 47 tag, or null when the input is not a well-formed tag. */
export function canonicalLangTag(tag: string): string | null {
  const t = tag.trim().replace(/_/g, '-');
  if (!t) return null;
  try {
    return Intl.getCanonicalLocales(t)[0] ?? null;
  } catch {
    return null;
  }
}

/** Canonical tag, falling back to "und" (undetermined) for anything malformed. */
export function langTagOrUnd(tag: string): string {
  return canonicalLangTag(tag) ?? 'und';
}

/** Primary language subtag, lower case ("fr-CA" → "fr"): for comparing documents' languages. */
export function primaryLanguage(tag: string): string {
  return (canonicalLangTag(tag) ?? 'und').split('-')[0]!.toLowerCase();
}

export type LanguageTagsCheck =
  { ok: true; tags: [string, string] } | { ok: false; problem: 'syntax'; tag: string } | { ok: false; problem: 'language'; tag: string; language: string };

/**
 * The project's two language tags (en-GB, fr-CA) checked against its detected/assigned languages:
 * well-formed BCP 47, and each tag's primary subtag is the language at the same place (detection
 * only ever says "en"/"fr"; the region is the editor's choice).
 */
export function checkLanguageTags(tags: readonly [string, string], languages: readonly string[]): LanguageTagsCheck {
  const out: string[] = [];
  for (let i = 0; i < 2; i++) {
    const raw = tags[i]!;
    const tag = canonicalLangTag(raw);
    // A private-use or grandfathered tag has no primary language to compare.
    if (!tag || !/^[a-z]{2,3}(-|$)/i.test(tag)) return { ok: false, problem: 'syntax', tag: raw };
    const language = languages[i];
    if (language && primaryLanguage(tag) !== primaryLanguage(language)) return { ok: false, problem: 'language', tag: raw, language };
    out.push(tag);
  }
  return { ok: true, tags: [out[0]!, out[1]!] };
}
