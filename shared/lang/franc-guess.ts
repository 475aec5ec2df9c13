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

export function francView(text: string, only?: readonly string[]): FrancView {
  const ranked = francAll(text.slice(0, MAX_CHARS), { minLength: 1, ...(only ? { only: only.map(toFranc) } : {}) });
  const first = ranked[0];
  if (!first || first[0] === 'und') return { top: 'und', enFrGap: 0 };
  let enFr = 0;
  for (const [lang, score] of ranked) if (EN_FR_LIKE.has(lang)) enFr = Math.max(enFr, score);
  const top = first[0] === 'sco' ? 'en' : toBcp47(first[0]);
  return { top, enFrGap: 1 - enFr };
}
