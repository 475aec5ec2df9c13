// The built-in English/French segmentation rules, written as SRX so users can export, read and
// edit them like any other SRX file. Rules are built from word lists here for readability,
// serialised to an SRX document (DEFAULT_SRX) and read back with parseSrx, so the engine only
// ever runs SRX. Regexes stay in the Java/ICU subset other SRX tools understand.
//
// Strategy: break after sentence punctuation (and any closing quotes) when whitespace and an
// upper-case letter, digit or opening quote follow; a lower-case continuation never breaks, which
// handles "etc. and", "… c’était" and « Merci ! » dit-il. Exceptions are abbreviations that are
// normally followed by a capitalised name (Mr., M., Dr.) or by a number (No. 5, janv. 2021).
// Ambiguous ones (U.S., Inc., initials) break only before a typical sentence opener ("The", "Il").
import { parseSrx } from './srx-parse.js';
import { serializeSrx } from './srx-serialize.js';
import type { SrxRule, SrxRules } from './srx-types.js';

const SP = String.raw`[\s\u00A0\u202F]`;
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}\p{M}.])`;
const TERMINATOR = String.raw`[.?!…‽]+`;
// French puts a (no-break) space before », English quotes hug the punctuation.
const CLOSERS = String.raw`(?:['"’”)\]}]|${SP}?[»›])*`;
const OPENERS = String.raw`(?:[«‹“‘"'(\[¿¡]${SP}*)*`;
const SENTENCE_START = String.raw`${SP}+${OPENERS}[\p{Lu}\p{Lt}\p{N}]`;
// One or more single letters with periods: J. / U.S. / p.m. / É.-U. / J.-C.
const INITIALS = String.raw`\p{L}\.(?:-?\p{L}\.)*`;
const WORD_END = String.raw`(?![\p{L}\p{N}\p{M}'’.\-])`;

const alt = (items: string[]): string => items.join('|');
const abbrev = (items: string[]): string => `${NOT_AFTER_WORD}(?:${alt(items)})\\.`;
const followedByNumber = String.raw`${SP}*\p{N}`;

const EN_TITLES = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Profs', 'Gen', 'Sen', 'Sens', 'Rep', 'Reps',
  'Gov', 'Lt', 'Col', 'Capt', 'Cpt', 'Sgt', 'Maj', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Cpl', 'Pvt', 'Rev', 'Revd',
  'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Amb', 'Atty', 'Msgr', 'Mt', 'Ft', 'vs', 'viz', 'cf', 'approx', 'incl',
  'esp', String.raw`e\.g`, String.raw`i\.e`, String.raw`a\.k\.a`,
];
// Usually mid-sentence, but they can end one: "… in the U.S. The next day".
const EN_AMBIGUOUS = ['Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'Sr', 'St', 'Ave', 'Blvd', 'Rd', 'Bros', 'Plc', 'Cos', 'al', 'Dept', 'Univ', 'Assn', String.raw`Ph\.D`];
const EN_BEFORE_NUMBER = [
  'No', 'Nos', 'no', 'nos', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'pp', 'Art', 'art', 'Arts', 'Vol', 'vol', 'Vols', 'Ch', 'ch', 'Chap', 'chap', 'Fig', 'fig', 'Figs', 'Sec', 'sec',
  'Para', 'para', 'Tel', 'tel', 'Ex', 'ex', 'Ed', 'ed', 'Pt', 'pt', 'Nr', 'nr', 'Ref', 'ref', 'Eq', 'eq',
];
const EN_OPENERS = [
  'The', 'This', 'That', 'These', 'Those', 'There', 'Then', 'They', 'Their', 'It', 'Its', 'He', 'She', 'His', 'Her',
  'We', 'Our', 'You', 'Your', 'I', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Moreover', 'Still',
  'Also', 'Now', 'In', 'On', 'At', 'For', 'From', 'As', 'After', 'Before', 'If', 'When', 'While', 'Although',
  'Though', 'Since', 'Because', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Such', 'No', 'Not', 'One', 'What',
  'Who', 'Why', 'How', 'Where', 'A', 'An', 'Last', 'Next', 'Earlier', 'Later', 'According',
];

const FR_TITLES = [
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Mgrs', 'Me', 'Dr', 'Drs', 'Pr', 'Pre', 'Prof', 'Sr', 'St',
  'Ste', 'Gal', 'Gén', 'Cdt', 'Col', 'Cne', 'Lt', 'cf', 'Cf', 'ex', String.raw`c\.-à-d`, 'éd', 'coll', 'resp',
  'av', 'apr', 'bd', 'boul', 'fg', 'réf', 'ibid', 'op', 'cit', 'trad', 'dir', 'sqq?', 'suiv', 'Vve',
  String.raw`N\.B`, String.raw`LL\.MM`, String.raw`S\.E`, String.raw`S\.M`,
];
const FR_AMBIGUOUS = ['Cie', 'Inc', 'Ltd', 'Jr', 'hab'];
const FR_BEFORE_NUMBER = [
  'no', 'No', 'nos', 'Nos', 'pp', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'art', 'Art',
  'vol', 'Vol', 'chap', 'Chap', 'fig', 'Fig', 'tél', 'Tél', 'env', 'éd', 'ch', 'réf',
];
const FR_OPENERS = [
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'Au', 'Aux', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous',
  'Je', 'Ce', 'Cet', 'Cette', 'Ces', 'Cela', 'Ceci', 'Ça', 'Mais', 'Et', 'Or', 'Donc', 'Car', 'Puis', 'Ensuite',
  'Enfin', 'En', 'Dans', 'Pour', 'Par', 'Sur', 'Sous', 'Selon', 'Depuis', 'Après', 'Avant', 'Lors', 'Si', 'Quand',
  'Alors', 'Cependant', 'Toutefois', 'Pourtant', 'Ainsi', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Notre', 'Nos',
  'Votre', 'Vos', 'Tout', 'Tous', 'Toute', 'Toutes', 'Plusieurs', 'Certains', 'Certaines', 'Aucun', 'Aucune', 'Qui',
  'Que', 'Comment', 'Pourquoi', 'Où', 'Voici', 'Voilà', 'De', 'À', 'Chaque', 'Parmi', 'Entre', 'Malgré',
];
const FR_ELIDED = ['L', 'C', 'D', 'J', 'N', 'S', 'Qu', 'Jusqu', 'Lorsqu', 'Puisqu'];

const rule = (brk: boolean, beforeBreak: string, afterBreak: string, comment: string): SrxRule => ({
  break: brk,
  beforeBreak,
  afterBreak,
  comment,
});

const openers = (words: string[], elided: string[] = []): string =>
  String.raw`${SP}+["“‘«(\[]?${SP}*(?:(?:${alt(words)})${WORD_END}` + (elided.length ? `|(?:${alt(elided)})['’]` : '') + ')';

const ENGLISH: SrxRule[] = [
  rule(false, abbrev(EN_TITLES), '', 'Titles and Latin abbreviations: always followed by more of the sentence (Mr. Blinken, e.g. France).'),
  rule(true, String.raw`${NOT_AFTER_WORD}(?:${INITIALS}|(?:${alt(EN_AMBIGUOUS)})\.)`, openers(EN_OPENERS),
    'Initials, acronyms and company/street abbreviations end a sentence only before a typical sentence opener (in the U.S. The …).'),
  rule(false, abbrev(EN_AMBIGUOUS), '', 'Otherwise they are mid-sentence (U.S. President, Apple Inc. Chief …).'),
  rule(false, abbrev(EN_BEFORE_NUMBER), followedByNumber, 'Abbreviations before a number: No. 5, Jan. 24, pp. 3-5.'),
];

const FRENCH: SrxRule[] = [
  rule(false, abbrev(FR_TITLES), '', 'Titres et abréviations suivis de la suite de la phrase (M. Blinken, MM. Xi et Biden, p. ex. Paris, av. J.-C.).'),
  rule(true, String.raw`${NOT_AFTER_WORD}(?:${INITIALS}|(?:${alt(FR_AMBIGUOUS)})\.)`, openers(FR_OPENERS, FR_ELIDED),
    'Initiales, sigles et abréviations ambiguës : fin de phrase seulement devant un début de phrase typique (… aux É.-U. Le lendemain).'),
  rule(false, abbrev(FR_AMBIGUOUS), '', 'Sinon, pas de coupure.'),
  rule(false, abbrev(FR_BEFORE_NUMBER), String.raw`${SP}*(?:\p{N}|[LRDA]\.?${SP}*\p{N})`, 'Abréviations devant un nombre : art. 5, art. L. 121-1, 3 janv. 2021, env. 300.'),
];

const DEFAULT: SrxRule[] = [
  rule(false, String.raw`${NOT_AFTER_WORD}${INITIALS}`, '', 'Initials and dotted acronyms: J. R. R. Tolkien, Antony J. Blinken, U.S. officials.'),
  rule(false, String.raw`^${SP}*[(\[]?(?:\p{N}{1,3}(?:\.\p{N}{1,3})*|[IVXLCivxlc]{1,6}|\p{L})[.)\]]`, '', 'List numbers at the start of a paragraph: "1. Introduction", "IV. Results", "a) Scope".'),
  rule(true, TERMINATOR + CLOSERS, SENTENCE_START, 'Sentence end: . ? ! … (also ?! and !!) with any closing quotes or brackets, then a capital, digit or opening quote.'),
  rule(true, String.raw`[。！？]+[」』”’）》]*`, String.raw`(?![」』”’）》])`, 'CJK full stops need no space after them.'),
];

export const DEFAULT_RULES_MODEL: SrxRules = {
  cascade: true,
  segmentSubflows: true,
  formatHandles: [],
  languageRules: [
    { name: 'English', rules: ENGLISH },
    { name: 'French', rules: FRENCH },
    { name: 'Default', rules: DEFAULT },
  ],
  maps: [
    { languagePattern: 'en.*', languageRuleName: 'English' },
    { languagePattern: 'fr.*', languageRuleName: 'French' },
    { languagePattern: '.*', languageRuleName: 'Default' },
  ],
};

/** The built-in rules as an SRX 2.0 document (what "export rules" writes). */
export const DEFAULT_SRX: string = serializeSrx(DEFAULT_RULES_MODEL);
/** The built-in rules as the engine sees them: parsed back from DEFAULT_SRX. */
export const DEFAULT_RULES: SrxRules = parseSrx(DEFAULT_SRX);
