// French messages of the detectors added for real MT news. Spread into fr.ts. Syntax: catalogue.ts.
import type { Catalogue } from './catalogue.js';

export const DETECTORS_FR: Catalogue = {
  'name-translation.slots.given-name': '{form:q} suit le prénom {given:q} à la place d’un nom de famille : nom traduit comme un mot ?',
  'name-translation.slots.source-article': '{form:q} : un article {lang:lang} devant un mot courant, comme dans un nom traduit mot à mot',
  'name-translation.slots.media': '{form:q} après la personne citée {speaker:q} : nom de journal ou d’agence traduit comme un mot ?',
  'name-translation.slots.ev.given-name': '{given:q} est un prénom (base de noms, {langs}) ; {word:q} est un mot en minuscules, pas un nom de famille',
  'name-translation.slots.ev.never-surname': '{given:q} n’est jamais suivi d’un nom de famille dans le document',
  'name-translation.slots.ev.surname-elsewhere': 'le document nomme {full:q} ailleurs',
  'name-translation.slots.ev.source-article': '{article:q} est un article {lang:lang}, pas de la langue du document',
  'name-translation.slots.ev.media': 'après {cue:q} et le nom d’une personne vient le média interrogé ; {word:q} est un mot courant',
  'terminology.office-title': '{form:q} : le chef du gouvernement de {region} est un ministre-président, pas un Premier ministre',
  'terminology.office-title.ev.office': 'base des titres : {region} ({country}) est dirigé(e) par un {title}',
  'spacing.glued-boundary.period': 'Espace manquante après le point dans {form:q}',
  'spacing.glued-boundary.camel': '{form:q} semble réunir {left:q} et le nom {right:q}',
  'spacing.glued-boundary.name-word': '{form:q} semble réunir le nom {name:q} et {word:q}',
  'spacing.glued-boundary.ev.name': '{name:q} apparaît seul ailleurs dans le corpus',
  'fragment.broken-line.dangling': 'La ligne se termine sur {word:q} : phrase coupée entre deux lignes',
  'fragment.broken-line.stray-punct': 'Ponctuation isolée {form:q} laissée par une coupure de phrase',
  'fragment.broken-line.lower-start': 'Coupure de phrase avant un mot en minuscules {form:q}',
  'language.foreign-words': '{form:q} est en {lang:lang}, le document est en {doc:lang}',
  'language.foreign-words.ev.dictionary': 'dans le dictionnaire {lang:lang}, pas dans celui du {doc:lang}',
  'boilerplate.scraper': 'Jeton de moissonneur ou de CMS, pas du texte de l’article',
  'boilerplate.scraper.image-file': 'Nom de fichier d’image (résidu de page)',
  'boilerplate.scraper.page-chrome': 'Texte de navigation ou de partage, pas du texte de l’article',
  'boilerplate.scraper.breadcrumb': 'Fil d’Ariane ou rubrique avant l’article',
  'repetition.coordinated': 'Les mêmes mots de part et d’autre de {conj:q} : {form:q}',
};
