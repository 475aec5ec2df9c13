// False friends of a source language that MT carries into English or French in one field of news:
// the word is right in general English, wrong where the source's institution is meant. Each entry
// holds when the document discusses that source's politics (it names a party of those countries,
// names KB) and the word stands in the institutional slot (after a party name, before a role).
// German "Fraktion" is a parliamentary group; "faction" (EN) / "faction, fraction" (FR) is a
// party's internal grouping.
export interface FalseFriend {
  /** Countries (names KB codes) whose politics the document must name. */
  countries: string[];
  /** Words the institution's own name may stand before (besides the countries' party names). */
  namesBefore: string[];
  en: { words: string[]; rolesAfter: string[]; suggestion: string };
  fr: { words: string[]; rolesBefore: string[]; suggestion: string };
}

export const FALSE_FRIENDS: readonly FalseFriend[] = [
  {
    countries: ['DEU', 'AUT'],
    namesBefore: ['Union', 'Bundestag', 'Landtag', 'parliamentary', 'Green', 'Greens', 'Left'],
    en: { words: ['faction', 'factions'], rolesAfter: ['leader', 'leaders', 'chairman', 'chairwoman', 'chair', 'chief', 'head', 'vice', 'deputy', 'colleagues', 'meeting'], suggestion: 'parliamentary group' },
    fr: { words: ['faction', 'fraction'], rolesBefore: ['chef', 'cheffe', 'président', 'présidente', 'vice-président', 'vice-présidente', 'dirigeant', 'dirigeante'], suggestion: 'groupe parlementaire' },
  },
];
