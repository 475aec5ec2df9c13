// Registry of checks: one file per check in this folder.
import { msg } from '../messages/ref.js';
import { renderBoth } from '../messages/render.js';
import type { Rule } from '../rule.js';
import type { Bilingual, Category, Severity } from '../types.js';
import { englishArticleRule } from './article-en.js';
import { boilerplateRule } from './boilerplate.js';
import { doubledWordsRule } from './doubled-words.js';
import { frenchElisionRule } from './elision-fr.js';
import { foreignSegmentRule } from './foreign-segment.js';
import { fragmentRule } from './fragment.js';
import { gluedWordsRule } from './glued-words.js';
import { meaningRule } from './meaning.js';
import { frenchMissingArticleRule } from './missing-article-fr.js';
import { nameTranslationRule } from './name-translation.js';
import { quotesRule } from './quotes.js';
import { recurringLinesRule } from './recurring-lines.js';
import { repeatedLinesRule } from './repeated-lines.js';
import { repeatedPhraseRule } from './repeated-phrase.js';
import { spacingRule } from './spacing.js';
import { spellingRule } from './spelling.js';
import { terminologyRule } from './terminology.js';
import { nameSlotsRule } from './name-slots.js';
import { officeTitlesRule } from './office-titles.js';
import { nationalOfficesRule } from './national-offices.js';
import { gluedBoundaryRule } from './glued-boundary.js';
import { brokenLinesRule } from './broken-lines.js';
import { foreignWordsRule } from './foreign-words.js';
import { scraperDebrisRule } from './scraper-debris.js';
import { coordinatedRepeatRule } from './coordinated-repeat.js';
import { quoteMarksRule } from './quote-marks.js';
import { nearRepeatRule } from './near-repeat.js';
import { nameAccentsRule } from './name-accents.js';
import { knownNamesRule } from './known-names.js';
import { nameLiteralRule } from './name-literal.js';
import { countAgesRule } from './count-ages.js';
import { genderedTitlesRule } from './gendered-titles.js';
import { frenchTypographyRule } from './typography-fr.js';
import { directSpeechRule } from './direct-speech.js';
import { sameStemRule } from './same-stem.js';
import { midCapitalRule } from './mid-capital.js';
import { sourceAttributionRule } from './source-attribution.js';
import { falseFriendsRule } from './false-friends.js';

export const RULES: Rule[] = [
  nameTranslationRule,
  terminologyRule,
  meaningRule,
  quotesRule,
  spacingRule,
  gluedWordsRule,
  frenchTypographyRule,
  doubledWordsRule,
  repeatedPhraseRule,
  repeatedLinesRule,
  fragmentRule,
  spellingRule,
  frenchElisionRule,
  frenchMissingArticleRule,
  englishArticleRule,
  boilerplateRule,
  recurringLinesRule,
  foreignSegmentRule,
  // Detectors for real MT news (issue 8).
  nameSlotsRule,
  officeTitlesRule,
  nationalOfficesRule,
  gluedBoundaryRule,
  brokenLinesRule,
  foreignWordsRule,
  scraperDebrisRule,
  coordinatedRepeatRule,
  quoteMarksRule,
  nearRepeatRule,
  nameAccentsRule,
  knownNamesRule,
  nameLiteralRule,
  countAgesRule,
  genderedTitlesRule,
  directSpeechRule,
  sameStemRule,
  midCapitalRule,
  sourceAttributionRule,
  falseFriendsRule,
];

/** Rule metadata for a settings screen: what can be switched and tuned in a profile. */
export function ruleInfo(): Array<{
  id: string;
  category: Category;
  severity: Severity;
  description: Bilingual;
  languages?: string[];
  defaults?: Record<string, number | string | boolean>;
}> {
  return RULES.map((r) => ({
    id: r.id,
    category: r.category,
    severity: r.severity,
    description: renderBoth(msg(`${r.id}.description`)),
    ...(r.languages ? { languages: r.languages } : {}),
    ...(r.defaults ? { defaults: r.defaults } : {}),
  }));
}
