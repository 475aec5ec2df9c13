// `bitext align`: sentence-align two documents and print the beads.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { alignDocuments, formatBeads, parseHunalignDictionary, type Bead } from '../../../shared/align/index.js';
import { splitSentences, segmentationLanguage } from '../../../shared/segment/index.js';
import { detectLanguage } from '../../../shared/lang/index.js';
import { parseCommandArgs } from '../options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

const help = `Usage: bitext align [--presegmented] [--format beads|tsv|json] [--src-lang xx] [--tgt-lang xx]
                    [--dictionary FILE] <fileA> <fileB>

Aligns the sentences of fileA (source) with those of fileB (target). Every sentence of each
side is in exactly one bead; indices are 0-based. The aligner decides per pair how:
  parallel documents (a translation, a copy): one monotone chain of beads, both sides in order;
  comparable documents (two accounts of one story): a sentence is linked to its counterpart
  wherever it is, links may cross, one sentence may match two, and a sentence with no
  counterpart stays alone. Beads then follow fileA's sentences; a bead holding only fileB
  sentences comes right after the bead of the closest earlier linked fileB sentence. So fileB's
  indices are not necessarily increasing down the list.
The method used is printed on standard error with --verbose, and in --format json as "method"
on every bead.

Options:
  --presegmented      each non-empty line is one sentence (indices count non-empty lines only);
                      otherwise sentences come from the built-in segmenter
  --format FORMAT     beads (default): one bead per line, "[0]:[0]", "[1, 2]:[3]", "[4]:[]"
                      tsv:  srcIdx<TAB>tgtIdx<TAB>srcText<TAB>tgtText<TAB>confidence (indices comma-joined)
                      json: [{ "src": [..], "tgt": [..], "confidence", "srcText", "tgtText" }]
  --src-lang xx       source language (default: detected)
  --tgt-lang xx       target language (default: detected); same as source = align versions on wording
  --dictionary FILE   bilingual dictionary in hunalign's format ("target @ source" per line);
                      the built-in English–French lexicon is used as well
  --verbose           say on standard error which method was used (parallel or comparable)
  --help              this help
`;

async function readText(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function sentencesOf(text: string, lang: string, presegmented: boolean): string[] {
  if (presegmented) return text.split('\n').filter((l) => l.trim() !== '');
  return splitSentences(text, lang)
    .map((s) => s.text.trim())
    .filter((s) => s !== '');
}

function oneLine(s: string): string {
  return s.replace(/[\t\n\r]+/g, ' ');
}

export const alignCommand: CliCommand = {
  name: 'align',
  summary: 'align the sentences of two documents (beads, TSV or JSON)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      presegmented: { type: 'boolean' },
      format: { type: 'string' },
      'src-lang': { type: 'string' },
      'tgt-lang': { type: 'string' },
      dictionary: { type: 'string' },
      verbose: { type: 'boolean' },
    });
    const format = values.format ?? 'beads';
    if (!['beads', 'tsv', 'json'].includes(format)) throw new UsageError(`unknown --format '${format}' (beads, tsv or json)`);
    if (positionals.length !== 2) throw new UsageError('name exactly two files: <fileA> <fileB>');
    const langRe = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$/;
    for (const k of ['src-lang', 'tgt-lang'] as const) {
      const v = values[k];
      if (v !== undefined && !langRe.test(v)) throw new UsageError(`--${k} expects a language code such as en or fr`);
    }

    const texts: string[] = [];
    for (const f of positionals) {
      try {
        texts.push(await readText(path.resolve(io.cwd, f)));
      } catch (e) {
        io.stderr(`${f}: ${(e as Error).message}\n`);
        return EXIT_INPUT_FAILED;
      }
    }
    let dictionary: Array<[string, string]> | undefined;
    if (values.dictionary) {
      try {
        dictionary = parseHunalignDictionary(await readText(path.resolve(io.cwd, values.dictionary)));
      } catch (e) {
        io.stderr(`${values.dictionary}: ${(e as Error).message}\n`);
        return EXIT_INPUT_FAILED;
      }
    }
    const lang = (given: string | undefined, text: string): string => {
      if (given) return given.toLowerCase();
      const g = detectLanguage(text).language;
      return segmentationLanguage(g);
    };
    const srcLang = lang(values['src-lang'], texts[0]!);
    const tgtLang = lang(values['tgt-lang'], texts[1]!);
    const presegmented = !!values.presegmented;
    const src = sentencesOf(texts[0]!, srcLang, presegmented);
    const tgt = sentencesOf(texts[1]!, tgtLang, presegmented);
    const result = alignDocuments(src, tgt, { srcLang, tgtLang, ...(dictionary ? { dictionary } : {}) });
    const beads: Bead[] = result.beads;
    if (values.verbose) io.stderr(`method: ${result.method}\n`);

    const textOf = (side: string[], idx: number[]): string => idx.map((i) => side[i]!).join(' ');
    if (format === 'beads') io.stdout(formatBeads(beads));
    else if (format === 'tsv') {
      io.stdout(
        beads
          .map((b) => [b.src.join(','), b.tgt.join(','), oneLine(textOf(src, b.src)), oneLine(textOf(tgt, b.tgt)), b.confidence.toFixed(4)].join('\t') + '\n')
          .join(''),
      );
    } else {
      io.stdout(
        JSON.stringify(
          beads.map((b) => ({
            src: b.src,
            tgt: b.tgt,
            confidence: Number(b.confidence.toFixed(4)),
            srcText: textOf(src, b.src),
            tgtText: textOf(tgt, b.tgt),
            method: result.method,
          })),
          null,
          2,
        ) + '\n',
      );
    }
    return EXIT_OK;
  },
};
