// Notes for readers of the exports (TMX/XLIFF header notes, the QA report's "Notes"): kept as data
// and worded only when written, in the export's UI language, so a French report reads French and
// documents and pairs are named by their file names, never by internal ids.
import { REPORT_STRINGS } from './report-strings.js';
import type { UiLanguage } from './types.js';

/** Why a pair is not in the bilingual files (same reasons as planPairs, plus an unreadable alignment). */
export type LeftOutReason = 'rejected' | 'version' | 'languages' | 'missing-document' | 'no-alignment';

export type ExportNote =
  /** A pair left out of the bilingual files; a and b are the documents' file names (null: document gone). */
  | { kind: 'pairLeftOut'; a: string | null; b: string | null; reason: LeftOutReason }
  /** Which beads went into the bilingual files. */
  | { kind: 'selection'; includeUnconfirmed: boolean; minConfidence?: number }
  /** `bitext clean`: nobody reviewed the alignments; beads at or above this confidence are exported. */
  | { kind: 'cleanUnreviewed'; minConfidence: number }
  /** `bitext clean`: which fixes were applied without review. */
  | { kind: 'cleanFixes'; fix: 'none' | 'safe' | 'all' };

/** The note worded in the export's language. */
export function noteText(note: ExportNote, lang: UiLanguage): string {
  const s = REPORT_STRINGS[lang].note;
  const pct = (v: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);
  switch (note.kind) {
    case 'pairLeftOut':
      return s.pairLeftOut(note.a ?? s.missingDocument, note.b ?? s.missingDocument, s.leftOutReason[note.reason]);
    case 'selection':
      return !note.includeUnconfirmed ? s.selectionConfirmed : note.minConfidence ? s.selectionMin(pct(note.minConfidence)) : s.selectionAll;
    case 'cleanUnreviewed':
      return s.cleanUnreviewed(pct(note.minConfidence));
    case 'cleanFixes':
      return s.cleanFixes[note.fix];
  }
}
