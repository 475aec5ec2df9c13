// Messages et indices des vérifications en français (mêmes clés que en.ts). Typographie française :
// espace insécable (\u00a0) avant : ; ! ? — les guillemets « » viennent du format {x:q}.
import type { Catalogue } from './catalogue.js';
import { DETECTORS_FR } from './detectors-fr.js';

export const FR: Catalogue = {
  legacy: '{fr}',
  text: '{text}',

  'grammar.en-article': 'Employer {fix:q} devant {word:q}',
  'grammar.fr-elision.contraction': '{pair:q} se contracte en {fix:q}',
  'grammar.fr-elision.elision': 'Élision manquante\u00a0: {pair:q} → {fix:q}',
  'grammar.fr-missing-article': 'Déterminant manquant\u00a0: {phrase:q} → {fix:q}\u00a0?',

  'boilerplate.web-debris.widget': 'Libellé de widget web, pas du texte de l’article',
  'boilerplate.web-debris.placeholder': 'Texte de remplissage du CMS',
  'boilerplate.web-debris.teaser': 'Accroche d’un autre article',
  'boilerplate.web-debris.credit-line': 'Ligne de crédit photo',
  'boilerplate.web-debris.credit': 'Crédit photo',
  'boilerplate.web-debris.sponsor': 'Mention de sponsor',
  'boilerplate.web-debris.truncated-teaser': 'Accroche tronquée d’un article lié',
  'boilerplate.web-debris.trailing-line': 'Ligne courte après la fin de l’article (résidu de page)',
  'boilerplate.web-debris.inserted-headline': 'Peut-être le titre d’un article lié inséré dans le texte',
  'boilerplate.recurring-line': {
    one: 'Ligne présente dans {count} document (élément de page\u00a0?)',
    other: 'Ligne présente dans {count} documents (élément de page\u00a0?)',
  },
  'boilerplate.recurring-line.ev.more': { one: '… et {count} autre', other: '… et {count} autres' },

  'repetition.doubled-word': 'Mot répété\u00a0: {words:q}',
  'repetition.doubled-word.determiners': 'Deux déterminants à la suite\u00a0: {words:q}',
  'repetition.phrase': 'Mots répétés\u00a0: {words:q}',
  'repetition.lines.line': 'Ligne répétée (d’abord à la ligne {line})',
  'repetition.lines.sentence': 'Phrase répétée (d’abord à la ligne {line})',
  'repetition.lines.near': 'Presque identique à une phrase précédente ({percent}\u00a0% de mots communs)',

  'language.foreign-segment': 'Passage en {found:lang}, le document est en {lang:lang}',
  'language.foreign-segment.ev.coverage': '{other}\u00a0% des mots sont {found:lang}, {own}\u00a0% {lang:lang}',
  'language.foreign-segment.ev.detector': 'détecteur de langue\u00a0: {found:lang} ({confidence:n2})',

  'fragment.stranded-words': 'Fragment isolé après une coupure de phrase\u00a0: {fragment:q}',

  'spacing.glued-words': '{word:q} semble réunir deux mots\u00a0: {a:q} + {b:q}',
  'spacing.punctuation.missing-after': 'Espace manquante après {mark:q}',
  'spacing.punctuation.missing-after-stop': 'Espace manquante après le point',
  'spacing.punctuation.missing-before-quote': 'Espace manquante avant le guillemet ouvrant',
  'spacing.punctuation.missing-after-quote': 'Espace manquante après le guillemet fermant',
  'spacing.punctuation.space-before': 'Espace avant {mark:q}',
  'spacing.punctuation.doubled': 'Espace doublée',

  'meaning.version-diff': 'Diffère de l’autre version\u00a0: {mine:q} ↔ {other:q}',
  'meaning.version-diff.ev.other': '{doc}\u00a0: {other:q}',

  'name-translation.common-word': '{form:q} semble être le nom {name} traduit comme un mot courant',
  'name-translation.common-word.ev.elsewhere': 'même forme erronée trouvée ailleurs dans le corpus',
  'name-translation.common-word.ev.glossary': 'glossaire\u00a0: {variant:q} est une forme erronée du nom {name}',
  'name-translation.common-word.ev.speaker-slot':
    '{slot:q} est la place de l’auteur des propos\u00a0; {word:q} est un mot {lang:lang} courant, jamais employé comme nom dans le corpus\u00a0; la personne principale du document est {main}',
  'name-translation.common-word.ev.other-version': 'à cet endroit, l’autre version a {name:q}',
  'name-translation.common-word.ev.aligned': 'la phrase alignée dans {doc} mentionne {name}',

  'quotes.balance.french-marks': 'Guillemet français {mark:q} dans un texte {lang:lang}',
  'quotes.balance.guillemet-before-next': 'Guillemet ouvert non fermé avant le «\u00a0suivant',
  'quotes.balance.guillemet-close-alone': 'Guillemet fermant » sans guillemet ouvrant',
  'quotes.balance.open-for-close': 'Guillemet ouvrant “ à la place d’un guillemet fermant ”',
  'quotes.balance.inverted-close': 'Guillemet fermant inversé\u00a0: “ après la ponctuation devrait être ” avant l’espace',
  'quotes.balance.open-inside-open': 'Guillemet ouvrant dans une citation encore ouverte',
  'quotes.balance.close-for-open': 'Guillemet fermant ” à la place d’un guillemet ouvrant “',
  'quotes.balance.close-alone': 'Guillemet fermant ” sans guillemet ouvrant dans le paragraphe',
  'quotes.balance.unclosed': 'Citation ouverte mais jamais fermée dans ce paragraphe',
  'quotes.balance.guillemet-unclosed': 'Guillemet «\u00a0ouvert mais jamais fermé dans ce paragraphe',

  'spelling.dictionary': 'Mot inconnu {word:q}',

  'terminology.glossary': 'Glossaire\u00a0: éviter {term:q}',
  'terminology.glossary.preferred': 'Glossaire\u00a0: éviter {term:q}, employer {preferred:q}',
  'terminology.glossary.title': 'Titre erroné pour {person}\u00a0: {term:q}',
  'terminology.glossary.title-preferred': 'Titre erroné pour {person}\u00a0: {term:q} → {preferred:q}',
  'terminology.glossary.ev.title': 'titre {person:of} ({who:q} juste à côté)',

  'typography.fr-spaces.guillemets-missing': 'Les guillemets français demandent une espace insécable à l’intérieur',
  'typography.fr-spaces.guillemets-ordinary': 'Employer une espace insécable à l’intérieur des guillemets',
  'typography.fr-spaces.before-punct': 'Espace insécable requise avant {mark:q}',

  // Ce que cherche chaque vérification (réglages, `ruleInfo`) : '<id>.description'.
  'grammar.en-article.description': '«\u00a0a\u00a0»/«\u00a0an\u00a0» devant le mauvais son',
  'boilerplate.web-debris.description': 'Résidus de page web (widgets, crédits, textes de remplissage, accroches)',
  'fragment.broken-line.description': 'Phrase coupée entre deux lignes ou par une ponctuation isolée',
  'repetition.coordinated.description': 'Les mêmes mots de part et d’autre de «\u00a0et\u00a0»',
  'repetition.doubled-word.description': 'Mot ou déterminant répété',
  'grammar.fr-elision.description': 'Élision ou contraction manquante',
  'language.foreign-segment.description': 'Passage dans une autre langue que celle du document',
  'language.foreign-words.description': 'Mots d’une autre langue dans une phrase',
  'fragment.stranded-words.description': 'Mots isolés après une coupure de phrase',
  'spacing.glued-boundary.description': 'Mots collés à l’emplacement d’un ancien lien ou saut de ligne',
  'spacing.glued-words.description': 'Deux mots collés',
  'meaning.version-diff.description': 'Mots qui diffèrent entre deux versions de la même phrase',
  'grammar.fr-missing-article.description': 'Complément pluriel sans déterminant après un infinitif',
  'name-translation.slots.description': 'Place d’un nom occupée par un mot courant',
  'name-translation.common-word.description': 'Nom propre traduit comme un mot courant',
  'terminology.office-title.description': 'Titre qui ne correspond pas à la fonction (base des titres)',
  'quotes.marks.description': 'Guillemets d’une autre langue ou détachés de leur texte',
  'quotes.balance.description': 'Guillemets mal orientés, non appariés ou étrangers',
  'boilerplate.recurring-line.description': 'Ligne qui se répète d’un document à l’autre',
  'repetition.lines.description': 'Lignes et phrases répétées ou presque identiques',
  'repetition.phrase.description': 'Groupe de mots répété à la suite',
  'boilerplate.scraper.description': 'Jetons de moissonneur, noms de fichiers d’images, navigation et fil d’Ariane',
  'spacing.punctuation.description': 'Espaces manquantes, mal placées ou doublées autour de la ponctuation',
  'spelling.dictionary.description': 'Mot absent du dictionnaire',
  'terminology.glossary.description': 'Terme proscrit par le glossaire ou titre erroné',
  'typography.fr-spaces.description': 'Espaces insécables françaises dans les guillemets et avant\u00a0;\u00a0:\u00a0!\u00a0?',
  ...DETECTORS_FR,
};
