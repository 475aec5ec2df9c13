// Case and accent folding. Two operations with two names (they used to share the name `fold`):
// `stripMarks` removes diacritics and keeps case; `foldKey` is the comparison key used to
// match words across documents and languages: lower case, no diacritics, ligatures spelled out.
const COMBINING = /\p{M}+/gu;

/** "Équipe" → "Equipe": diacritics removed, case kept. */
export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '');
}

/** "Œuvre" → "oeuvre", "États" → "etats", "Straße" → "strasse". */
export function foldKey(s: string): string {
  return stripMarks(s).toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}
