// Reads our TSV export back: header row = two language columns then metadata columns; cells
// unguarded (cell.ts). No quoting, as written. Rows with the wrong number of cells are skipped
// with a warning rather than failing the whole file.
import { unguardCell } from './cell.js';
import { canonicalLangTag } from './lang-tag.js';
import { ImportFormatError, metaFrom, type ImportedBitext, type ImportedSegment } from './imported.js';

const COLUMN_TO_META: Record<string, string> = {
  src_doc: 'doc-src', tgt_doc: 'doc-tgt', pair: 'pair', bead: 'bead', confidence: 'confidence',
  confirmed: 'confirmed', edited: 'edited', origin: 'origin',
};

export function readTsv(text: string): ImportedBitext {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const head = (lines.shift() ?? '').replace(/\r$/, '').split('\t');
  if (head.length < 2) throw new ImportFormatError('TSV header needs two language columns');
  const [l1, l2] = head as [string, string];
  const srcLang = canonicalLangTag(l1);
  const tgtLang = canonicalLangTag(l2);
  if (!srcLang || !tgtLang) throw new ImportFormatError(`TSV header must start with two language codes (got "${l1}", "${l2}")`);
  const warnings: string[] = [];
  const segments: ImportedSegment[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line) return;
    const cells = line.split('\t').map(unguardCell);
    if (cells.length !== head.length) {
      warnings.push(`line ${i + 2}: ${cells.length} cells, expected ${head.length}; skipped`);
      return;
    }
    const meta = metaFrom(head.slice(2).map((name, j) => [COLUMN_TO_META[name] ?? name, cells[j + 2]!] as [string, string]));
    segments.push({ src: cells[0]!, tgt: cells[1]!, meta });
  });
  return { format: 'tsv', srcLang, tgtLang, header: {}, headerNotes: [], segments, warnings };
}
