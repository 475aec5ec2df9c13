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
