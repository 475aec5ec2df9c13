// UI strings of the QA report, in both UI languages. Functions for strings with counts.
import type { UiLanguage } from './types.js';

export interface ReportStrings {
  title: string;
  generated: (date: string) => string;
  summary: string;
  documents: string;
  pairs: string;
  beads: string;
  confirmedBeads: string;
  unconfirmedBeads: string;
  exportedSegments: string;
  notes: string;
  findingsByCategory: string;
  category: string;
  open: string;
  accepted: string;
  rejected: string;
  total: string;
  noFindings: string;
  changes: string;
  noChanges: string;
  document: string;
  before: string;
  after: string;
  by: string;
  byHand: string;
  removed: string;
  stillOpen: string;
  openFindings: string;
  noOpenFindings: string;
  text: string;
  message: string;
  /** Accessible name of a finding's evidence list. */
  evidence: string;
  suggestions: string;
  unconfirmedList: string;
  noUnconfirmed: string;
  pair: string;
  bead: string;
  confidence: string;
  more: (n: number) => string;
  languages: string;
  language: string;
  detected: string;
  reviewed: string;
  yes: string;
  no: string;
  /** Beads left out of the bilingual exports because a sentence was removed on one side only. */
  oneSided: string;
  oneSidedWhy: string;
  noOneSided: string;
  leftOutBeads: string;
  removedSentences: (n: number) => string;
  severity: Record<'error' | 'warning' | 'info', string>;
  categories: Record<string, string>;
  /** The findings list: one row per finding, in its sentence, with the aligned sentence. */
  list: {
    title: string;
    intro: string;
    where: string;
    sentence: string;
    aligned: string;
    status: string;
    statusName: Record<'open' | 'accepted' | 'edited' | 'rejected', string>;
    position: (line: number, column: number) => string;
    noAligned: string;
    sortBy: string;
    findingsTotal: string;
    bySeverity: string;
    openFindings: string;
    unconfirmedShown: (shown: number, total: number) => string;
    oneSideEmpty: string;
  };
  /** Notes for readers of the exports (notes.ts words them). */
  note: {
    pairLeftOut: (a: string, b: string, reason: string) => string;
    missingDocument: string;
    leftOutReason: Record<'rejected' | 'version' | 'languages' | 'missing-document' | 'no-alignment', string>;
    selectionConfirmed: string;
    selectionAll: string;
    selectionMin: (percent: string) => string;
    cleanUnreviewed: (percent: string) => string;
    cleanFixes: Record<'none' | 'safe' | 'all', string>;
    /** Label of a unit's note listing the text edits behind it. */
    edits: string;
  };
}

const en: ReportStrings = {
  title: 'Quality report',
  generated: (d) => `Generated ${d}`,
  summary: 'Summary',
  documents: 'Documents',
  pairs: 'Document pairs',
  beads: 'Aligned pairs of sentences',
  confirmedBeads: 'Confirmed',
  unconfirmedBeads: 'Not confirmed',
  exportedSegments: 'Exported segment pairs',
  notes: 'Notes',
  findingsByCategory: 'Findings by category',
  category: 'Category',
  open: 'Open',
  accepted: 'Fixed',
  rejected: 'Dismissed',
  total: 'Total',
  noFindings: 'No findings.',
  changes: 'Changes made',
  noChanges: 'No changes were made to the texts.',
  document: 'Document',
  before: 'Before',
  after: 'After',
  by: 'By',
  byHand: 'by hand',
  removed: '(removed)',
  stillOpen: 'Still open',
  openFindings: 'Open findings',
  noOpenFindings: 'No open findings.',
  text: 'Text',
  message: 'Problem',
  evidence: 'Evidence',
  suggestions: 'Suggestions',
  unconfirmedList: 'Alignments not confirmed by an editor',
  noUnconfirmed: 'Every alignment is confirmed.',
  pair: 'Pair',
  bead: 'No.',
  confidence: 'Confidence',
  more: (n) => `… and ${n} more`,
  languages: 'Document languages',
  language: 'Language',
  detected: 'Detected',
  reviewed: 'Reviewed',
  yes: 'yes',
  no: 'no',
  oneSided: 'Aligned pairs left out of the bilingual exports',
  oneSidedWhy:
    'A fix removed a sentence on one side only: the two sides no longer say the same thing, so these pairs are not in the TMX, XLIFF, TSV, Moses or JSONL files. Align the documents again, or restore the sentence, to export them.',
  noOneSided: 'No aligned pair lost a sentence on one side only.',
  leftOutBeads: 'Left out: sentence removed on one side',
  removedSentences: (n) => (n === 1 ? '1 sentence removed' : `${n} sentences removed`),
  severity: { error: 'error', warning: 'warning', info: 'info' },
  list: {
    title: 'Findings, one by one',
    intro:
      'Every finding in its sentence, with the sentence aligned to it; errors first, then warnings and information, each in document order. The # link is the finding’s own address in this page.',
    where: 'Where',
    sentence: 'Sentence (finding marked)',
    aligned: 'Aligned sentence',
    status: 'Status',
    statusName: { open: 'open', accepted: 'fixed', edited: 'fixed by hand', rejected: 'dismissed' },
    position: (l, c) => `line ${l}, column ${c}`,
    noAligned: '(not aligned)',
    sortBy: 'Go to',
    findingsTotal: 'Findings',
    bySeverity: 'Errors · warnings · info',
    openFindings: 'Open findings',
    unconfirmedShown: (shown, total) => `${shown} of ${total} unconfirmed aligned pairs listed below.`,
    oneSideEmpty: '(nothing on this side)',
  },
  note: {
    pairLeftOut: (a, b, reason) => `Not in the bilingual files: ${a} ↔ ${b} (${reason}).`,
    missingDocument: 'a document no longer in the project',
    leftOutReason: {
      rejected: 'the pair was rejected',
      version: 'two versions in the same language',
      languages: 'its languages are not the export’s languages',
      'missing-document': 'a document of the pair is missing',
      'no-alignment': 'its alignment could not be read; open the pair to align it again',
    },
    selectionConfirmed: 'Beads exported: only those an editor confirmed.',
    selectionAll: 'Beads exported: all of them, confirmed or not.',
    selectionMin: (p) => `Beads exported: the confirmed ones and those with a confidence of at least ${p}.`,
    cleanUnreviewed: (p) =>
      `Produced by “bitext clean” without review: the alignments come from the automatic aligner and nobody confirmed them; beads with a confidence of at least ${p} are exported.`,
    cleanFixes: {
      none: 'No fix was applied.',
      safe: 'Fixes applied automatically: only those with strong evidence (--fix safe).',
      all: 'Fixes applied automatically: the first suggestion of every finding (--fix all).',
    },
    edits: 'edits',
  },
  categories: {
    'name-translation': 'Translated names',
    terminology: 'Terminology',
    meaning: 'Meaning',
    quotes: 'Quotation marks',
    spacing: 'Spacing',
    typography: 'Typography',
    repetition: 'Repetitions',
    fragment: 'Fragments',
    spelling: 'Spelling',
    grammar: 'Grammar',
    boilerplate: 'Web-page debris',
    language: 'Language',
  },
};

const fr: ReportStrings = {
  title: 'Rapport de qualité',
  generated: (d) => `Produit le ${d}`,
  summary: 'Résumé',
  documents: 'Documents',
  pairs: 'Paires de documents',
  beads: 'Paires de phrases alignées',
  confirmedBeads: 'Confirmées',
  unconfirmedBeads: 'Non confirmées',
  exportedSegments: 'Paires de segments exportées',
  notes: 'Remarques',
  findingsByCategory: 'Problèmes par catégorie',
  category: 'Catégorie',
  open: 'Ouverts',
  accepted: 'Corrigés',
  rejected: 'Écartés',
  total: 'Total',
  noFindings: 'Aucun problème détecté.',
  changes: 'Modifications apportées',
  noChanges: 'Aucune modification des textes.',
  document: 'Document',
  before: 'Avant',
  after: 'Après',
  by: 'Par',
  byHand: 'à la main',
  removed: '(supprimé)',
  stillOpen: 'Reste à traiter',
  openFindings: 'Problèmes ouverts',
  noOpenFindings: 'Aucun problème ouvert.',
  text: 'Texte',
  message: 'Problème',
  evidence: 'Indices',
  suggestions: 'Suggestions',
  unconfirmedList: 'Alignements non confirmés par un éditeur',
  noUnconfirmed: 'Tous les alignements sont confirmés.',
  pair: 'Paire',
  bead: 'N°',
  confidence: 'Confiance',
  more: (n) => `… et ${n} de plus`,
  languages: 'Langues des documents',
  language: 'Langue',
  detected: 'Détectée',
  reviewed: 'Vérifiée',
  yes: 'oui',
  no: 'non',
  oneSided: 'Paires alignées écartées des exports bilingues',
  oneSidedWhy:
    'Une correction a supprimé une phrase d’un seul côté : les deux côtés ne disent plus la même chose, ces paires ne figurent donc pas dans les fichiers TMX, XLIFF, TSV, Moses ou JSONL. Réalignez les documents, ou rétablissez la phrase, pour les exporter.',
  noOneSided: 'Aucune paire alignée n’a perdu de phrase d’un seul côté.',
  leftOutBeads: 'Écartées : phrase supprimée d’un côté',
  removedSentences: (n) => (n <= 1 ? `${n} phrase supprimée` : `${n} phrases supprimées`),
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
  list: {
    title: 'Les problèmes un par un',
    intro:
      'Chaque problème dans sa phrase, avec la phrase alignée\u00a0; les erreurs d’abord, puis les avertissements et les informations, chacun dans l’ordre des documents. Le lien # est l’adresse du problème dans cette page.',
    where: 'Où',
    sentence: 'Phrase (problème surligné)',
    aligned: 'Phrase alignée',
    status: 'État',
    statusName: { open: 'ouvert', accepted: 'corrigé', edited: 'corrigé à la main', rejected: 'écarté' },
    position: (l, c) => `ligne ${l}, colonne ${c}`,
    noAligned: '(non alignée)',
    sortBy: 'Aller à',
    findingsTotal: 'Problèmes',
    bySeverity: 'Erreurs · avertissements · infos',
    openFindings: 'Problèmes ouverts',
    unconfirmedShown: (shown, total) => `${shown} des ${total} paires alignées non confirmées listées ci-dessous.`,
    oneSideEmpty: '(rien de ce côté)',
  },
  note: {
    pairLeftOut: (a, b, reason) => `Absente des fichiers bilingues : ${a} ↔ ${b} (${reason}).`,
    missingDocument: 'un document qui n’est plus dans le projet',
    leftOutReason: {
      rejected: 'la paire a été écartée',
      version: 'deux versions dans la même langue',
      languages: 'ses langues ne sont pas celles de l’export',
      'missing-document': 'un document de la paire manque',
      'no-alignment': 'son alignement est illisible ; ouvrez la paire pour l’aligner de nouveau',
    },
    selectionConfirmed: 'Paires de phrases exportées : seulement celles qu’un éditeur a confirmées.',
    selectionAll: 'Paires de phrases exportées : toutes, confirmées ou non.',
    selectionMin: (p) => `Paires de phrases exportées : les confirmées et celles dont la confiance atteint au moins ${p}.`,
    cleanUnreviewed: (p) =>
      `Produit par « bitext clean » sans relecture : les alignements viennent de l’aligneur automatique et personne ne les a confirmés ; les paires de phrases dont la confiance atteint au moins ${p} sont exportées.`,
    cleanFixes: {
      none: 'Aucune correction n’a été appliquée.',
      safe: 'Corrections appliquées automatiquement : seulement celles qui s’appuient sur des indices solides (--fix safe).',
      all: 'Corrections appliquées automatiquement : la première suggestion pour chaque problème (--fix all).',
    },
    edits: 'modifications',
  },
  categories: {
    'name-translation': 'Noms traduits',
    terminology: 'Terminologie',
    meaning: 'Sens',
    quotes: 'Guillemets',
    spacing: 'Espacement',
    typography: 'Typographie',
    repetition: 'Répétitions',
    fragment: 'Fragments',
    spelling: 'Orthographe',
    grammar: 'Grammaire',
    boilerplate: 'Résidus de page web',
    language: 'Langue',
  },
};

export const REPORT_STRINGS: Record<UiLanguage, ReportStrings> = { en, fr };
