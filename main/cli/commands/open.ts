// `bitext open`: reads a bilingual file (TMX, TSV, XLIFF 1.x/2.x) as the app's "Open bilingual
// file…" does and says what it holds — format, encoding, languages, units, inline codes, what was
// skipped — or writes it in our export formats (--out), e.g. a TMX as XLIFF 1.2 for OmegaT.
import path from 'node:path';
import { bitextCorpusParts } from '../../../shared/export/bitext-corpus.js';
import { stripCodes } from '../../../shared/export/inline.js';
import type { BitextCorpus } from '../../../shared/export/types.js';
import { exportCorpus } from '../../services/export/export-corpus.js';
import { splitBitextInputs } from '../bitext-inputs.js';
import { exportProgress, summaryText } from '../export-output.js';
import { parseCommandArgs, parseFormats, parseUiLanguage, requireInputs } from '../options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';
import { parseMany, parseTagPair } from '../export-options.js';

const help = `Usage: bitext open <file.tmx|.tsv|.xlf|.xliff> [--json] [--languages SRC,TGT] [--header auto|yes|no]
                  [--out DIR [--formats LIST] [--many paragraph|split|omit]]

Reads a bilingual file as the app opens it: TMX 1.1–1.4 (UTF-8 or UTF-16, as its declaration or
BOM says; srclang="*all*"; several languages), TSV (RFC 4180 quoting, with or without a header
row), XLIFF 1.0–1.2 and 2.x. Prints its format, encoding, the language tags it holds and the two
taken, the number of units, inline codes and anything skipped.

Options:
  --json             one JSON object: { file, format, encoding, languages, languagesFound, headerRow,
                     units, codes, warnings, segments: [{ src, tgt, id, confirmed, notes }] }
                     (inline codes shown as {1}…{/1} for a pair, {2/} alone)
  --languages A,B    the two language tags to take from a multilingual file (e.g. en-US,fr-CA);
                     default: the first source and a target in another language (English/French first)
  --header MODE      TSV: auto (default: a header when its first two cells are language tags), yes, no
  --out DIR          write the file in our export formats (default tmx,xliff12) into DIR
  --formats LIST     with --out: subset of tmx,tsv,txt,xliff,xliff12,jsonl,report
  --many POLICY      with --out: n:m units as one paragraph unit (default), split, or omit
  --verbose          progress on stderr
  --help             this help

Exit status: 0 read, 1 the file could not be read (the reason on stderr), 2 usage error.
`;

/** Codes as {n}…{/n} (a pair) and {n/} (standalone), numbered per segment, for a terminal (the app shows tags). */
function showCodes(s: string, codes: ReadonlyArray<{ kind: string }> | undefined): string {
  let n = 0;
  const open: number[] = [];
  return s.replace(/[\uE000-\uF8FF]/g, (c) => {
    const kind = codes?.[c.charCodeAt(0) - 0xe000]?.kind;
    if (kind === 'close') return `{/${open.pop() ?? ++n}}`;
    n++;
    if (kind === 'open') {
      open.push(n);
      return `{${n}}`;
    }
    return `{${n}/}`;
  });
}

export const openCommand: CliCommand = {
  name: 'open',
  summary: 'read a TMX, TSV or XLIFF file: what it holds, or convert it (--out)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      languages: { type: 'string' },
      header: { type: 'string' },
      out: { type: 'string' },
      formats: { type: 'string' },
      many: { type: 'string' },
      lang: { type: 'string' },
      verbose: { type: 'boolean' },
    });
    requireInputs(positionals);
    if (positionals.length > 1) throw new UsageError('open takes one file');
    const header = values.header;
    if (header !== undefined && header !== 'auto' && header !== 'yes' && header !== 'no')
      throw new UsageError(`--header takes auto, yes or no (got '${header}')`);
    const many = parseMany(values.many);
    const languages = parseTagPair(values.languages, '--languages');
    const formats = parseFormats(values.formats);
    const file = positionals[0]!;
    const split = await splitBitextInputs([file], io.cwd, {
      ...(languages ? { languages } : {}),
      prefer: ['en', 'fr'],
      ...(header ? { tsvHeader: header } : {}),
    });
    for (const f of split.failed) io.stderr(`${f.name}: ${f.reason}\n`);
    const input = split.bitexts[0];
    if (!input) {
      if (!split.failed.length) io.stderr(`${file}: not a bilingual file (.tmx, .tsv, .xlf, .xliff)\n`);
      return EXIT_INPUT_FAILED;
    }
    const b = input.bitext;
    const codes = (b.codes?.src.length ?? 0) + (b.codes?.tgt.length ?? 0);
    if (values.json) {
      io.stdout(
        JSON.stringify({
          file,
          format: b.format,
          encoding: b.encoding,
          languages: [b.srcLang, b.tgtLang],
          languagesFound: b.languagesFound ?? [b.srcLang, b.tgtLang],
          ...(b.headerRow !== undefined ? { headerRow: b.headerRow } : {}),
          units: b.segments.length,
          codes,
          warnings: b.warnings,
          segments: b.segments.map((s) => ({
            src: showCodes(s.src, b.codes?.src),
            tgt: showCodes(s.tgt, b.codes?.tgt),
            ...(s.meta.id ? { id: s.meta.id } : {}),
            ...(s.meta.confirmed !== undefined ? { confirmed: s.meta.confirmed } : {}),
            ...(s.meta.notes.length ? { notes: s.meta.notes } : {}),
          })),
        }) + '\n',
      );
    } else if (!values.out) {
      io.stdout(
        `${file}: ${b.format.toUpperCase()}, ${b.encoding}, ${b.segments.length} unit${b.segments.length === 1 ? '' : 's'} ${b.srcLang} → ${b.tgtLang}` +
          `${b.languagesFound && b.languagesFound.length > 2 ? ` (languages in the file: ${b.languagesFound.join(', ')}; choose with --languages)` : ''}` +
          `${b.headerRow !== undefined ? `, ${b.headerRow ? 'header row' : 'no header row'}` : ''}, ${codes} inline code${codes === 1 ? '' : 's'}.\n`,
      );
      for (const s of b.segments.slice(0, 5)) io.stdout(`  ${stripCodes(s.src).slice(0, 70)}  |  ${stripCodes(s.tgt).slice(0, 70)}\n`);
      for (const w of b.warnings) io.stderr(`${file}: ${w}\n`);
    }
    if (values.out) {
      const { docs, pair, warnings } = bitextCorpusParts(b, {
        fileName: path.basename(file),
        base: path.basename(file, path.extname(file)),
        ids: ['d_src', 'd_tgt'],
        pairId: 'p_opened',
      });
      for (const w of warnings) io.stderr(`${file}: ${w}\n`);
      const corpus: BitextCorpus = {
        name: path.basename(file),
        languages: [b.srcLang, b.tgtLang],
        createdAt: new Date().toISOString(),
        documents: docs,
        pairs: [pair],
        findings: [],
      };
      const summary = await exportCorpus(corpus, path.resolve(io.cwd, values.out), {
        formats: formats ?? ['tmx', 'xliff12'],
        includeUnconfirmed: true,
        uiLanguage: parseUiLanguage(values.lang),
        ...(many ? { many } : {}),
        ...exportProgress(values.verbose, io),
      });
      io.stdout(summaryText(summary));
    }
    return EXIT_OK;
  },
};
