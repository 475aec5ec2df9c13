// English check messages and evidence lines, keyed by rule id (+ variant). Syntax: catalogue.ts.
import type { Catalogue } from './catalogue.js';
import { DETECTORS_EN } from './detectors-en.js';

export const EN: Catalogue = {
  // Findings stored by versions that wrote the words themselves.
  legacy: '{en}',
  text: '{text}',

  'grammar.en-article': 'Use {fix:q} before {word:q}',
  'grammar.fr-elision.contraction': '{pair:q} contracts to {fix:q}',
  'grammar.fr-elision.elision': 'Missing elision: {pair:q} → {fix:q}',
  'grammar.fr-missing-article': 'Missing determiner: {phrase:q} → {fix:q}?',

  'boilerplate.web-debris.widget': 'Web widget label, not article text',
  'boilerplate.web-debris.placeholder': 'CMS placeholder text',
  'boilerplate.web-debris.teaser': 'Teaser for another article',
  'boilerplate.web-debris.credit-line': 'Photo credit line',
  'boilerplate.web-debris.credit': 'Photo credit',
  'boilerplate.web-debris.sponsor': 'Sponsor notice',
  'boilerplate.web-debris.truncated-teaser': 'Truncated teaser of a linked article',
  'boilerplate.web-debris.trailing-line': 'Short line after the end of the article (page debris)',
  'boilerplate.web-debris.inserted-headline': 'Possibly the headline of a related article inserted in the text',
  'boilerplate.recurring-line': { one: 'Line recurs in {count} document (page furniture?)', other: 'Line recurs in {count} documents (page furniture?)' },
  'boilerplate.recurring-line.ev.more': { one: '… and {count} more', other: '… and {count} more' },

  'repetition.doubled-word': 'Word repeated: {words:q}',
  'repetition.doubled-word.determiners': 'Two determiners in a row: {words:q}',
  'repetition.phrase': 'Repeated words: {words:q}',
  'repetition.lines.line': 'Line repeated (first at line {line})',
  'repetition.lines.sentence': 'Sentence repeated (first at line {line})',
  'repetition.lines.near': 'Near-duplicate of an earlier sentence ({percent} % same words)',

  'language.foreign-segment': 'Passage in {found:lang}, the document is in {lang:lang}',
  'language.foreign-segment.ev.coverage': '{other} % of the words are {found:lang}, {own} % {lang:lang}',
  'language.foreign-segment.ev.detector': 'language detector: {found:lang} ({confidence:n2})',

  'fragment.stranded-words': 'Stranded fragment after a sentence break: {fragment:q}',

  'spacing.glued-words': '{word:q} looks like two words glued together: {a:q} + {b:q}',
  'spacing.punctuation.missing-after': 'Missing space after {mark:q}',
  'spacing.punctuation.missing-after-stop': 'Missing space after the full stop',
  'spacing.punctuation.missing-before-quote': 'Missing space before the opening quote',
  'spacing.punctuation.missing-after-quote': 'Missing space after the closing quote',
  'spacing.punctuation.space-before': 'Space before {mark:q}',
  'spacing.punctuation.doubled': 'Doubled space',

  'meaning.version-diff': 'Differs from the other version: {mine:q} ↔ {other:q}',
  'meaning.version-diff.ev.other': '{doc}: {other:q}',

  'name-translation.common-word': '{form:q} looks like the name {name} translated as a common word',
  'name-translation.common-word.ev.elsewhere': 'same wrong form found elsewhere in the corpus',
  'name-translation.common-word.ev.glossary': 'glossary: {variant:q} is a wrong rendering of {name}',
  'name-translation.common-word.ev.speaker-slot':
    'speaker slot {slot:q}; {word:q} is an ordinary {lang:lang} word never used as a name in the corpus; the document’s main person is {main}',
  'name-translation.common-word.ev.other-version': 'the other version has {name:q} here',
  'name-translation.common-word.ev.aligned': 'the aligned sentence in {doc} names {name}',

  'quotes.balance.french-marks': 'French quotation mark {mark:q} in {lang:lang} text',
  'quotes.balance.guillemet-before-next': 'Guillemet opened but not closed before the next «',
  'quotes.balance.guillemet-close-alone': 'Closing guillemet » without an opening «',
  'quotes.balance.open-for-close': 'Opening quote “ used where a closing quote ” belongs',
  'quotes.balance.inverted-close': 'Inverted closing quote: “ after the punctuation should be ” before the space',
  'quotes.balance.open-inside-open': 'Opening quote inside a quotation that is still open',
  'quotes.balance.close-for-open': 'Closing quote ” used where an opening quote “ belongs',
  'quotes.balance.close-alone': 'Closing quote ” with no opening quote in the paragraph',
  'quotes.balance.unclosed': 'Quotation opened but never closed in this paragraph',
  'quotes.balance.guillemet-unclosed': 'Guillemet « opened but never closed in this paragraph',

  'spelling.dictionary': 'Unknown word {word:q}',

  'terminology.glossary': 'Glossary: avoid {term:q}',
  'terminology.glossary.preferred': 'Glossary: avoid {term:q}, use {preferred:q}',
  'terminology.glossary.title': 'Wrong title for {person}: {term:q}',
  'terminology.glossary.title-preferred': 'Wrong title for {person}: {term:q} → {preferred:q}',
  'terminology.glossary.ev.title': 'title {person:of} ({who:q} next to it)',

  'typography.fr-spaces.guillemets-missing': 'French guillemets need a no-break space inside',
  'typography.fr-spaces.guillemets-ordinary': 'Use a no-break space inside French guillemets',
  'typography.fr-spaces.before-punct': 'French needs a no-break space before {mark:q}',

  // What each check looks for (the settings dialog and `ruleInfo`): '<rule id>.description'.
  'grammar.en-article.description': '“a”/“an” before the wrong sound',
  'boilerplate.web-debris.description': 'Web-page debris (widgets, credits, placeholders, teasers)',
  'fragment.broken-line.description': 'Sentence broken across lines or by stray punctuation',
  'repetition.coordinated.description': 'The same words on both sides of “and”',
  'repetition.doubled-word.description': 'Word or determiner written twice',
  'grammar.fr-elision.description': 'Missing French elision or contraction',
  'language.foreign-segment.description': 'Passage in another language than the document',
  'language.foreign-words.description': 'Words in another language inside a sentence',
  'fragment.stranded-words.description': 'Words stranded after a sentence break',
  'spacing.glued-boundary.description': 'Words glued at a former link or line boundary',
  'spacing.glued-words.description': 'Two words written together',
  'meaning.version-diff.description': 'Words that differ between two versions of the same sentence',
  'grammar.fr-missing-article.description': 'Plural object without a determiner after an infinitive',
  'name-translation.slots.description': 'Name slot filled by a common word',
  'name-translation.common-word.description': 'Proper name rendered as a common word',
  'terminology.office-title.description': 'Title that does not match the office (titles knowledge base)',
  'quotes.marks.description': 'Quotation marks of another language or detached from their text',
  'quotes.balance.description': 'Misoriented, unbalanced or foreign quotation marks',
  'boilerplate.recurring-line.description': 'Line that recurs across documents',
  'repetition.lines.description': 'Repeated or near-duplicate lines and sentences',
  'repetition.phrase.description': 'Phrase repeated back to back',
  'boilerplate.scraper.description': 'Scraper tokens, image file names, page chrome and breadcrumbs',
  'spacing.punctuation.description': 'Missing, misplaced or doubled spaces around punctuation',
  'spelling.dictionary.description': 'Word not in the dictionary',
  'terminology.glossary.description': 'Forbidden glossary term or wrong title for a person',
  'typography.fr-spaces.description': 'French no-break spaces inside guillemets and before ; : ! ?',
  ...DETECTORS_EN,
};
