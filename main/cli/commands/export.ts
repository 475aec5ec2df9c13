// `bitext export`: writes the exports of an existing project (TMX, TSV, Moses text, XLIFF, JSONL,
// cleaned documents, language metadata, QA report).
import path from 'node:path';
import { checkCorpus } from '../../services/checks/run.js';
import { corpusFromProject, ProjectReadError } from '../../services/export/corpus-from-project.js';
import { exportCorpus } from '../../services/export/export-corpus.js';
import { projectLanguageTags } from '../../services/export/export-tags.js';
import { exportProgress, summaryText } from '../export-output.js';
import { MANY_HELP, parseMany, parseTagPair } from '../export-options.js';
import { parseCommandArgs, parseFormats, parseUiLanguage, rejectPositionals } from '../options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

const help = `Usage: bitext export --project DIR --out DIR [--formats LIST] [--all-beads] [--lang en|fr]

Exports a project's cleaned bilingual corpus. Every file is written to a temporary name and
renamed when complete: an interrupted export never leaves a partial file.

Options:
  --project DIR     the project folder (holding project.bitext.json)
  --out DIR         output folder (created if missing; files of the same name are replaced)
  --formats LIST    comma-separated, default all:
                      tmx    corpus.tmx   TMX 1.4b (validates against tmx14.dtd)
                      tsv    corpus.tsv   both languages + provenance columns
                      txt    corpus.en, corpus.fr   Moses/OPUS line-parallel text
                      xliff  corpus.xlf   XLIFF 2.1 (unconfirmed = translated, confirmed = reviewed;
                                          not written when there is nothing to export: it would be invalid)
                      xliff12 corpus.xliff12.xlf  XLIFF 1.2 for OmegaT, translate-toolkit and most CAT
                                          tools (confirmed = approved, state final; edits and findings as notes)
                      jsonl  corpus.jsonl one aligned pair per line, offsets in the original text
                      docs   documents/<lang>/<file>  cleaned documents
                      meta   documents.json, documents.csv  language metadata
                      report report.html  QA report (runs the checks for open findings)
  --all-beads       also export beads no editor confirmed (default: confirmed beads only)
${MANY_HELP}
  --lang en|fr      language of the QA report (default en)
  --no-checks       do not run the checks for the report (faster; the report lists no findings)
  --verbose         progress on stderr
  --help            this help

Exit status: 0 exported, 1 the project could not be read or a file not written, 2 usage error.
`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export a project: TMX, TSV, Moses text, XLIFF, JSONL, cleaned documents, QA report',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      project: { type: 'string' },
      out: { type: 'string' },
      formats: { type: 'string' },
      'all-beads': { type: 'boolean' },
      lang: { type: 'string' },
      many: { type: 'string' },
      tags: { type: 'string' },
      'no-checks': { type: 'boolean' },
      verbose: { type: 'boolean' },
    });
    rejectPositionals(positionals);
    if (!values.project) throw new UsageError('--project DIR is required');
    if (!values.out) throw new UsageError('--out DIR is required');
    const formats = parseFormats(values.formats);
    const uiLanguage = parseUiLanguage(values.lang);
    const many = parseMany(values.many);
    const tags = parseTagPair(values.tags);
    const projectDir = path.resolve(io.cwd, values.project);
    const outDir = path.resolve(io.cwd, values.out);
    const wantChecks = !values['no-checks'] && (formats ?? ['report']).includes('report');
    try {
      const corpus = await corpusFromProject(
        projectDir,
        wantChecks
          ? {
              check: (docs, partners) =>
                checkCorpus(
                  docs.map((d) => ({ id: d.id, name: d.name, language: d.language, text: d.text })),
                  partners ?? {},
                ).findings,
            }
          : {},
      );
      // --tags, else the project's language tags (set in the app or over the API).
      const chosenTags = tags ?? (await projectLanguageTags(projectDir));
      const summary = await exportCorpus(corpus, outDir, {
        ...(formats ? { formats } : {}),
        includeUnconfirmed: values['all-beads'] ?? false,
        uiLanguage,
        ...(many ? { many } : {}),
        ...(chosenTags ? { languages: chosenTags } : {}),
        ...exportProgress(values.verbose, io),
      });
      io.stdout(summaryText(summary));
      return EXIT_OK;
    } catch (e) {
      if (e instanceof ProjectReadError) io.stderr(`${values.project}: ${e.message}\n`);
      else io.stderr(`export failed: ${(e as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
  },
};
