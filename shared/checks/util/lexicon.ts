// Closed-class words of the languages we check. Grammar words, not names: they generalise.

export const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the this that these those it its he she they we you i me him her them us our their his my your ' +
      'who which what when where why how there here and or but if then so as at by for from in into of on onto to with ' +
      'without about over under after before during while not no yes all any each every some many most more much other ' +
      'such one two is are was were be been being has have had do does did will would can could shall should may might must ' +
      'officials critics analysts experts diplomats sources reporters observers everyone nobody someone people both'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les un une des du de d l au aux ce cet cette ces il elle ils elles on nous vous je tu me te se lui leur leurs ' +
      'son sa ses mon ma mes ton ta tes notre votre nos vos qui que quoi dont où et ou mais donc or ni car si ne pas plus ' +
      'en dans par pour sur sous avec sans chez vers entre contre avant après pendant selon cela ceci ça celui celle ceux celles ' +
      'personne chacun chacune tout tous toute toutes aucun aucune rien quelqu un autre autres est sont était été être a ont avait ' +
      'responsables experts analystes diplomates sources observateurs'
    ).split(' '),
  ),
};

export const DETERMINERS: Record<string, ReadonlySet<string>> = {
  en: new Set('a an the this that these those my your his her its our their'.split(' ')),
  fr: new Set('le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre votre nos vos leur leurs'.split(' ')),
};

/** Doubles that are grammatical ("that that", "had had", "nous nous", "vous vous"). */
export const LEGIT_DOUBLES: Record<string, ReadonlySet<string>> = {
  en: new Set(['that', 'had', 'is', 'do', 'bye', 'no', 'very', 'so', 'really', 'ha', 'far', 'more', 'again', 'on', 'by', 'over', 'long']),
  fr: new Set(['nous', 'vous', 'si', 'très', 'tout', 'non', 'bien', 'plus', 'le', 'la', 'les', 'que', 'où', 'fort', 'peu']),
};

// Speech verbs are versioned data now: data/check-data.ts (overridable in a check profile).

/** Given names are capitalised tokens before a surname; these capitalised words are titles, not given names. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president secretary minister chancellor senator governor mayor king queen prince ' +
    'general colonel judge mr mrs ms dr sir lord lady pope prime foreign state former deputy vice chief director ' +
    'président présidente secrétaire ministre chancelier sénateur gouverneur maire roi reine général juge m mme dr ' +
    'the le la les of de du des and et'
  ).split(' '),
);

/**
 * Words that head a title before a person's name ("President X", "Secretary of State X",
 * "Foreign Minister X"): a capitalised word after such a run may be a surname. Any other run of
 * capitalised words ("White House", "State Department", "National Security Advisor") is a
 * multi-word name or title, whose words are not mistranslated surnames.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  (
    'president secretary minister chancellor senator governor mayor king queen ' +
    'prince princess general colonel admiral judge mr mrs ms dr sir lord lady pope director ambassador envoy commissioner ' +
    'chairman chairwoman spokesman spokeswoman spokesperson adviser advisor premier ' +
    'président présidente secrétaire ministre chancelier chancelière sénateur sénatrice gouverneur maire roi reine ' +
    'général juge m mme ambassadeur ambassadrice commissaire conseiller conseillère porte-parole'
  ).split(' '),
);

export const ELISION_FR = /^(?:que|de|le|la|ne|se|je|me|te|si)$/u;
