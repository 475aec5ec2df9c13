// `bitext clean`: the whole workbench headless — import, detect languages, pair documents, align
// sentences, run the checks, apply fixes, export. Nothing is confirmed by an editor, so beads are
// exported as the aligner gives them (confidence >= 0.5) and the exports say so.
import path from 'node:path';
import type { Glossary } from '../../../shared/checks/index.js';
import type { FixLevel } from '../../../shared/export/fix-policy.js';
import { CLEAN_MIN_CONFIDENCE, cleanCorpus, type CleanInput } from '../../services/export/clean-pipeline.js';
import { exportCorpus } from '../../services/export/export-corpus.js';
import { exportProgress, summaryText } from '../export-output.js';
import { parseCommandArgs, parseFormats, parseUiLanguage, dictionaryArg, readGlossaryOption, requireInputs } from '../options.js';
import { readInputs, reportErrors } from '../read-inputs.js';
import { splitBitextInputs } from '../bitext-inputs.js';
import { MANY_HELP, parseMany, parseTagPair } from '../export-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

const help = `Usage: bitext clean <file|dir>... --out DIR [--formats LIST] [--fix none|safe|all] [--glossary FILE]
                   [--dictionary FILE] [--lang en|fr]

Runs everything without the app: import, language detection, document pairing, sentence
alignment, the artifact checks, fixes, export. Bilingual files (.tmx, .tsv, .xlf, .xliff, as
'bitext open' reads them) are taken as confirmed pairs beside the documents; every file that is
left out is named on stderr with the reason. Nobody confirms the alignment here: every aligned
pair with confidence >= ${CLEAN_MIN_CONFIDENCE} is exported, and the files say so.

Options:
  --out DIR         output folder (created if missing)
  --formats LIST    comma-separated subset of tmx,tsv,txt,xliff,xliff12,jsonl,docs,meta,report (default all;
                    see 'bitext export --help' for the files)
  --fix LEVEL       none: change nothing
                    safe (default): only fixes with strong evidence — names backed by the glossary,
                      an aligned partner or a speaker slot held by the document's main person;
                      quote/spacing/typography fixes; exact repetitions; web-page debris removed
                    all: every finding's first suggestion
  --glossary FILE   termbase (.tbx or .csv): names, do-not-translate terms, known wrong renderings
  --dictionary FILE bilingual dictionary ("target @ source" per line, as hunalign's, as for
                    'bitext pair' and 'bitext align'): used to pair documents and align sentences
${MANY_HELP}
  --lang en|fr      language of the QA report (default en)
  --no-spell        skip the spelling check (faster)
  --verbose         progress on stderr
  --help            this help

Exit status: 0 done, 1 some input could not be read (the rest is processed), 2 usage error.
`;

function parseFix(v: string | undefined): FixLevel {
  if (v === undefined) return 'safe';
  if (v === 'none' || v === 'safe' || v === 'all') return v;
  throw new UsageError(`--fix takes none, safe or all (got '${v}')`);
}

export const cleanCommand: CliCommand = {
  name: 'clean',
  summary: 'import, detect, pair, align, check, fix and export a folder in one go',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      formats: { type: 'string' },
      fix: { type: 'string' },
      glossary: { type: 'string' },
      dictionary: { type: 'string' },
      lang: { type: 'string' },
      many: { type: 'string' },
      tags: { type: 'string' },
      'no-spell': { type: 'boolean' },
      verbose: { type: 'boolean' },
    });
    requireInputs(positionals);
    if (!values.out) throw new UsageError('--out DIR is required');
    const formats = parseFormats(values.formats);
    const fix = parseFix(values.fix);
    const uiLanguage = parseUiLanguage(values.lang);
    const many = parseMany(values.many);
    const tags = parseTagPair(values.tags);
    const glossary: Glossary | undefined = values.glossary ? await readGlossaryOption(values.glossary, io.cwd) : undefined;
    const dictionary = await dictionaryArg(values.dictionary, io);
    if (dictionary === null) return EXIT_INPUT_FAILED;

    // Bilingual files (.tmx, .tsv, .xlf, .xliff) beside plain documents; every file left out is named.
    const split = await splitBitextInputs(positionals, io.cwd, { prefer: ['en', 'fr'] });
    const { inputs: read, errors: failed } = split.documentArgs.length ? await readInputs(split.documentArgs, io.cwd) : { inputs: [], errors: [] };
    const inputs: CleanInput[] = read.map((x) => ({ name: path.basename(x.file), relPath: x.relPath, text: x.decoded.text }));
    reportErrors(failed, io.stderr);
    for (const f of split.failed) io.stderr(`${f.name}: ${f.reason}\n`);
    for (const f of split.skipped) io.stderr(`${f.name}: skipped, ${f.reason}\n`);
    for (const b of split.bitexts) for (const w of b.bitext.warnings) io.stderr(`${b.relPath}: ${w}\n`);
    const bitexts = split.bitexts.map((b) => ({ fileName: path.basename(b.file), relPath: b.relPath, bitext: b.bitext }));
    if (!inputs.length && !bitexts.length) {
      io.stderr(`bitext clean: no readable documents or bilingual files${failed.length + split.failed.length + split.skipped.length ? ' (see above)' : ''}\n`);
      return EXIT_INPUT_FAILED;
    }

    const verbose = values.verbose ? io.stderr : () => undefined;
    const { corpus, applied } = await cleanCorpus(inputs, {
      fix,
      bitexts,
      ...(glossary ? { glossary } : {}),
      ...(dictionary ? { dictionary } : {}),
      ...(values['no-spell'] ? { spell: false as const } : {}),
      onProgress: (stage, done, total) => {
        if (done === total) verbose(`${stage}: done\n`);
      },
    });
    const pairs = corpus.pairs.length;
    if (bitexts.length)
      io.stdout(
        `${bitexts.length} bilingual file${bitexts.length === 1 ? '' : 's'} read as confirmed pairs (${bitexts.map((b) => `${b.relPath}: ${b.bitext.segments.length} units`).join(', ')}).\n`,
      );
    io.stdout(
      `${inputs.length} documents, ${pairs} pair${pairs === 1 ? '' : 's'} aligned, ${corpus.findings.length} findings, ${applied} fix${applied === 1 ? '' : 'es'} applied (--fix ${fix}).\n`,
    );
    io.stdout(`Alignments are not reviewed: exporting every bead with confidence >= ${CLEAN_MIN_CONFIDENCE}.\n`);
    try {
      const summary = await exportCorpus(corpus, path.resolve(io.cwd, values.out), {
        ...(formats ? { formats } : {}),
        includeUnconfirmed: true,
        minConfidence: CLEAN_MIN_CONFIDENCE,
        uiLanguage,
        ...(many ? { many } : {}),
        ...(tags ? { languages: tags } : {}),
        ...exportProgress(values.verbose, io),
      });
      io.stdout(summaryText(summary));
    } catch (e) {
      io.stderr(`export failed: ${(e as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    return failed.length || split.failed.length ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};
