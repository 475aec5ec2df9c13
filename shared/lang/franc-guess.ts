// Thin wrapper over franc: BCP-47 codes in and out, and the gap between franc's best
// guess and the best English/French one (franc's scores are relative to its top answer).
import { francAll } from 'franc';
import { toBcp47, toFranc } from './codes.js';

// franc often takes plain English dialogue for Scots; for our purpose Scots is English.
const EN_FR_LIKE = new Set(['eng', 'fra', 'sco']);

export interface FrancView {
  /** franc's best language (BCP-47), or 'und'. */
  top: string;
  /** 1 − (score of the best en/fr candidate), in [0, 1]: how far en/fr trail the top. */
  enFrGap: number;
}

// franc's cost grows with length while its answer settles within a few hundred characters.
const MAX_CHARS = 1000;

// franc compares a text with ~190 languages; most texts it is asked about turn out English or
// French. A first pass over the widespread languages settles those at a fraction of the cost;
// only when that pass points elsewhere does the full comparison run.
const SHORTLIST = [
  'eng',
  'sco',
  'fra',
  'deu',
  'nld',
  'spa',
  'por',
  'ita',
  'cat',
  'ron',
  'pol',
  'ces',
  'swe',
  'dan',
  'nob',
  'fin',
  'hun',
  'tur',
  'ind',
  'vie',
  'rus',
  'ukr',
];

function ranking(text: string, only?: readonly string[]): Array<[string, number]> {
  const sample = text.slice(0, MAX_CHARS);
  if (only) return francAll(sample, { minLength: 1, only: only.map(toFranc) });
  const quick = francAll(sample, { minLength: 1, only: SHORTLIST });
  const top = quick[0]?.[0];
  return top && EN_FR_LIKE.has(top) ? quick : francAll(sample, { minLength: 1 });
}

export function francView(text: string, only?: readonly string[]): FrancView {
  const ranked = ranking(text, only);
  const first = ranked[0];
  if (!first || first[0] === 'und') return { top: 'und', enFrGap: 0 };
  let enFr = 0;
  for (const [lang, score] of ranked) if (EN_FR_LIKE.has(lang)) enFr = Math.max(enFr, score);
  const top = first[0] === 'sco' ? 'en' : toBcp47(first[0]);
  return { top, enFrGap: 1 - enFr };
}
