// Bilingual files given to `bitext clean`: two documents and a confirmed pair each (the file is the
// alignment), languages as the file names them, detected when it does not (a TSV without header).
import { createHash } from 'node:crypto';
import { bitextCorpusParts } from '../../../shared/export/bitext-corpus.js';
import { stripCodes } from '../../../shared/export/inline.js';
import type { ImportedBitext } from '../../../shared/export/imported.js';
import type { CorpusDocument, CorpusPair } from '../../../shared/export/types.js';
import { detectDocument } from '../../../shared/lang/index.js';

export interface CleanBitext {
  fileName: string;
  relPath: string;
  bitext: ImportedBitext;
}

const hex = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

export function cleanBitextParts(
  x: CleanBitext,
  index: number,
  languages: readonly string[],
): { docs: [CorpusDocument, CorpusDocument]; pair: CorpusPair; warnings: string[] } {
  const b = x.bitext;
  const detect = (side: 'src' | 'tgt') => detectDocument(stripCodes(b.segments.map((s) => s[side]).join('\n')), { languages: [...languages] }).language;
  const tags: [string, string] = [b.srcLang === 'und' ? detect('src') : b.srcLang, b.tgtLang === 'und' ? detect('tgt') : b.tgtLang];
  const key = `${index}|${x.relPath}`;
  const base = x.fileName.replace(/\.[^.]+$/, '');
  return bitextCorpusParts(b, {
    fileName: x.fileName,
    base,
    ids: [`d_${hex(`${key}|src`, 16)}`, `d_${hex(`${key}|tgt`, 16)}`],
    pairId: `p_${hex(key, 16)}`,
    languages: tags,
  });
}
