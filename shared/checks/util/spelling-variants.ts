// Spellings a dictionary may not list although they are right: British forms against a US
// dictionary (behaviour, defence, synchronised, labelling, sceptical, programme) and French
// words typed without the ligature (coeur, oeuvre). One list for every check that asks a dictionary.
const EN: Array<[RegExp, string]> = [
  [/our/u, 'or'],
  [/is(e|es|ed|ing|ation|ations)$/u, 'iz$1'],
  [/yse(s|d)?$/u, 'yze$1'],
  [/ence(s)?$/u, 'ense$1'],
  [/ogue(s)?$/u, 'og$1'],
  [/tre(s)?$/u, 'ter$1'],
  [/ll(ed|ing|er|ers)$/u, 'l$1'],
  [/^scep/u, 'skep'],
  [/mme(s)?$/u, 'm$1'],
];
const FR: Array<[RegExp, string]> = [
  [/oe/gu, 'œ'],
  [/ae/gu, 'æ'],
];

/** The word's other accepted spellings to look up (empty when none applies). */
export function spellingVariants(w: string, lang: string): string[] {
  const rules = lang === 'en' ? EN : lang === 'fr' ? FR : [];
  const out: string[] = [];
  for (const [re, rep] of rules) {
    re.lastIndex = 0;
    if (!re.test(w)) continue;
    re.lastIndex = 0;
    const x = w.replace(re, rep);
    if (x !== w) out.push(x);
  }
  return out;
}

/** Right in one of its accepted spellings. */
export function correctAsVariant(w: string, lang: string, correct: (w: string, l: string) => boolean): boolean {
  return spellingVariants(w, lang).some((x) => correct(x, lang));
}
