// Reads a bilingual TSV: ours (header row = two language tags then metadata columns) or a
// spreadsheet's / pandas' (RFC 4180 quoting with a tab delimiter: a cell that starts with '"' runs
// to the next lone '"', "" inside stands for one quote, and it may hold tabs and line breaks).
// A first row is a header when both its first cells are language tags (en, fr-CA) — a word such as
// "Yes" is not — or when the caller says so; without one, languages come from the caller (or 'und').
import { unguardCell } from './cell.js';
import { canonicalLangTag } from './lang-tag.js';
import { ImportFormatError, metaFrom, type BitextReadOptions, type ImportedBitext, type ImportedSegment } from './imported.js';

const COLUMN_TO_META: Record<string, string> = {
  src_doc: 'doc-src',
  tgt_doc: 'doc-tgt',
  pair: 'pair',
  bead: 'bead',
  confidence: 'confidence',
  confirmed: 'confirmed',
  edited: 'edited',
  origin: 'origin',
};

export interface TsvReadOptions extends BitextReadOptions {
  /** 'auto' (default): a header when the first two cells are language tags. */
  header?: 'auto' | 'yes' | 'no';
}

/**
 * Whether the file uses RFC 4180 quoting. Excel's "Unicode text" and many scripts write cells
 * as they are, so a cell may begin with a quotation mark that quotes nothing: quoting is on when
 * the file holds an escaped quote ("") or when every cell that begins with '"' also ends with one
 * on its own line.
 */
export function usesQuoting(text: string): boolean {
  if (/(^|[\t\n])"[^\t\n]*""/.test(text)) return true;
  let opened = 0;
  for (const line of text.split('\n')) {
    for (const cell of line.replace(/\r$/, '').split('\t')) {
      if (!cell.startsWith('"')) continue;
      opened++;
      if (cell.length < 2 || !cell.endsWith('"')) return false;
    }
  }
  return opened > 0;
}

/** Rows of cells, TAB-separated, with RFC 4180 quoting when the file uses it (usesQuoting). */
export function parseTsvRows(text: string, quoting = usesQuoting(text)): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let atCellStart = true;
  const n = text.length;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    atCellStart = true;
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoting && atCellStart && ch === '"') {
      // Quoted cell: up to the closing quote; "" is a quote. A closing quote that is not
      // followed by a TAB or a line end quotes nothing: the cell is read as it is.
      let j = i + 1;
      let q = '';
      let lines = 0;
      let closed = false;
      while (j < n) {
        const c = text[j]!;
        if (c === '"') {
          if (text[j + 1] === '"') {
            q += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        if (c === '\n') lines++;
        q += c;
        j++;
      }
      const next = text[j];
      if (!closed && lines === 0) throw new ImportFormatError(`line ${rowLine}: a quoted cell is never closed`, 'unclosedQuote', { line: rowLine });
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell += q;
        line += lines;
        i = j;
        atCellStart = false;
        continue;
      }
      if (!closed) throw new ImportFormatError(`line ${rowLine}: a quoted cell is never closed`, 'unclosedQuote', { line: rowLine });
    }
    atCellStart = false;
    if (ch === '\t') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      endRow();
      i++;
      line++;
      rowLine = line;
      continue;
    }
    cell += ch;
    i++;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A language tag a header would hold: known to the platform, and not a word that happens to be a code. */
export function headerLanguage(cell: string): string | null {
  const tag = canonicalLangTag(cell);
  if (!tag || tag === 'und') return null;
  const primary = tag.split('-')[0]!;
  // Three-letter codes are also common words ("man", "die"): only with a region or script.
  if (primary.length !== 2 && !tag.includes('-')) return null;
  try {
    return names.of(tag) ? tag : null;
  } catch {
    return null;
  }
}

export function readTsv(text: string, opts: TsvReadOptions = {}): ImportedBitext {
  const rows = parseTsvRows(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!rows.length) throw new ImportFormatError('the TSV file has no rows', 'noRows');
  const first = rows[0]!.cells;
  const tags = [headerLanguage(first[0] ?? ''), headerLanguage(first[1] ?? '')];
  const mode = opts.header ?? 'auto';
  const hasHeader = mode === 'yes' || (mode === 'auto' && tags[0] !== null && tags[1] !== null);
  const width = Math.max(...rows.slice(0, 50).map((r) => r.cells.length));
  if (width < 2) throw new ImportFormatError('the TSV file needs two columns (source TAB target)', 'columns');
  const head = hasHeader ? first : [];
  // A header of column titles that are no language tags ("source", "target"): languages unknown.
  const srcLang = opts.languages?.[0] ?? (hasHeader ? tags[0] : null) ?? 'und';
  const tgtLang = opts.languages?.[1] ?? (hasHeader ? tags[1] : null) ?? 'und';
  const warnings: string[] = [];
  const segments: ImportedSegment[] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const cells = row.cells.map(unguardCell);
    if (cells.length < 2 || (hasHeader && cells.length !== head.length)) {
      warnings.push(`line ${row.line}: ${cells.length} cells, expected ${hasHeader ? head.length : 2}; skipped`);
      continue;
    }
    const meta = metaFrom(head.slice(2).map((name, j) => [COLUMN_TO_META[name] ?? name, cells[j + 2]!] as [string, string]));
    segments.push({ src: cells[0]!, tgt: cells[1]!, meta });
  }
  return {
    format: 'tsv',
    srcLang,
    tgtLang,
    header: {},
    headerNotes: [],
    segments,
    warnings,
    languagesFound: hasHeader ? [srcLang, tgtLang] : [],
    headerRow: hasHeader,
  };
}
