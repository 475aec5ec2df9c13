// English messages of the detectors added for real MT news (name slots, office titles, link
// boundaries, broken lines, foreign words, scraper debris). Spread into en.ts. Syntax: catalogue.ts.
import type { Catalogue } from './catalogue.js';

export const DETECTORS_EN: Catalogue = {
  'name-translation.slots.given-name': '{form:q} follows the given name {given:q} where a surname should stand: a surname translated as a word?',
  'name-translation.slots.source-article': '{form:q}: a {lang:lang} article before a common word, as in a name translated word by word',
  'name-translation.slots.media': '{form:q} after the speaker {speaker:q}: a newspaper or agency name translated as a word?',
  'name-translation.slots.ev.given-name': '{given:q} is a given name (names knowledge base, {langs}); {word:q} is a lowercase word, not a surname',
  'name-translation.slots.ev.never-surname': '{given:q} is never followed by a surname in the document',
  'name-translation.slots.ev.surname-elsewhere': 'the document names {full:q} elsewhere',
  'name-translation.slots.ev.source-article': '{article:q} is an article of {lang:lang}, not of the document’s language',
  'name-translation.slots.ev.media': 'after {cue:q} and a person’s name comes the medium spoken to; {word:q} is an ordinary word',
  'terminology.office-title': '{form:q}: the head of government of {region} is a Minister-President, not a Prime Minister',
  'terminology.office-title.ev.office': 'titles knowledge base: {region} ({country}) is headed by a {title}',
  'spacing.glued-boundary.period': 'No space after the full stop in {form:q}',
  'spacing.glued-boundary.camel': '{form:q} looks like {left:q} glued to the name {right:q}',
  'spacing.glued-boundary.name-word': '{form:q} looks like the name {name:q} glued to {word:q}',
  'spacing.glued-boundary.ev.name': '{name:q} appears on its own elsewhere in the corpus',
  'fragment.broken-line.dangling': 'The line ends on {word:q}: a sentence broken across lines',
  'fragment.broken-line.stray-punct': 'Stray punctuation {form:q} left by a sentence break',
  'fragment.broken-line.lower-start': 'Sentence break before a lowercase word {form:q}',
  'language.foreign-words': '{form:q} is {lang:lang}, the document is {doc:lang}',
  'language.foreign-words.ev.dictionary': 'in the {lang:lang} dictionary, not in the {doc:lang} one',
  'boilerplate.scraper': 'Scraper or CMS token, not article text',
  'boilerplate.scraper.image-file': 'Image file name (page debris)',
  'boilerplate.scraper.page-chrome': 'Page navigation or sharing text, not article text',
  'boilerplate.scraper.breadcrumb': 'Breadcrumb or section label before the article',
  'repetition.coordinated': 'The same words on both sides of {conj:q}: {form:q}',
};
