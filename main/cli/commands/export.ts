// `bitext export`: writes the exports of an existing project (TMX, TSV, Moses text, XLIFF, JSONL,
// cleaned documents, language metadata, QA report).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus } from '../../services/checks/run.js';
import { corpusFromProject, ProjectReadError } from '../../services/export/corpus-from-project.js';
import { exportCorpus } from '../../services/export/export-corpus.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/types.js';
import type { ExportSummary } from '../../services/export/export-corpus.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

export function parseFormats(value: string | undefined, allowed: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((f) => !(allowed as readonly string[]).includes(f));
  if (!list.length || bad.length) throw new UsageError(`--formats takes a list of ${allowed.join(',')} (got '${value}')`);
  return list as ExportFormat[];
}

export function parseUiLanguage(value: string | undefined): 'en' | 'fr' {
  if (value === undefined || value === 'en' || value === 'fr') return value ?? 'en';
  throw new UsageError(`--lang takes en or fr (got '${value}')`);
}

export function summaryText(s: ExportSummary): string {
  const out: string[] = [];
  out.push(`Exported to ${s.outDir}: ${s.segments} segment pair${s.segments === 1 ? '' : 's'} from ${s.pairs.exported} document pair${s.pairs.exported === 1 ? '' : 's'} (${s.beads.total} beads, ${s.beads.confirmed} confirmed; ${s.selection}); ${s.documents} documents.`);
  const skipped = s.pairs.skipped.filter((p) => p.reason !== 'rejected');
  if (skipped.length) out.push(`Not in the bilingual files: ${skipped.map((p) => `${p.pairId} (${p.reason === 'version' ? 'same-language versions' : p.reason === 'languages' ? 'languages are not the corpus pair' : 'document missing'})`).join(', ')}.`);
  for (const f of s.files) {
    const extra = f.removed?.count ? ` — ${f.removed.count} character${f.removed.count === 1 ? '' : 's'} removed (${Object.entries(f.removed.byCodePoint).map(([k, n]) => `${k}×${n}`).join(', ')})` : '';
    out.push(`  ${f.path}  ${f.bytes} bytes${f.records !== undefined ? `, ${f.records} record${f.records === 1 ? '' : 's'}` : ''}${extra}`);
  }
  return out.join('\n') + '\n';
}

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
                      xliff  corpus.xlf   XLIFF 2.1 (unconfirmed = translated, confirmed = reviewed)
                      jsonl  corpus.jsonl one aligned pair per line, offsets in the original text
                      docs   documents/<lang>/<file>  cleaned documents
                      meta   documents.json, documents.csv  language metadata
                      report report.html  QA report (runs the checks for open findings)
  --all-beads       also export beads no editor confirmed (default: confirmed beads only)
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
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        project: { type: 'string' }, out: { type: 'string' }, formats: { type: 'string' },
        'all-beads': { type: 'boolean' }, lang: { type: 'string' }, 'no-checks': { type: 'boolean' }, verbose: { type: 'boolean' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!values.project) throw new UsageError('--project DIR is required');
    if (!values.out) throw new UsageError('--out DIR is required');
    const formats = parseFormats(values.formats);
    const uiLanguage = parseUiLanguage(values.lang);
    const projectDir = path.resolve(io.cwd, values.project);
    const outDir = path.resolve(io.cwd, values.out);
    const wantChecks = !values['no-checks'] && (formats ?? ['report']).includes('report');
    try {
      const corpus = await corpusFromProject(projectDir, wantChecks
        ? { check: (docs) => checkCorpus(docs.map((d) => ({ id: d.id, name: d.name, language: d.language, text: d.text }))).findings }
        : {});
      const summary = await exportCorpus(corpus, outDir, {
        ...(formats ? { formats } : {}),
        includeUnconfirmed: values['all-beads'] ?? false,
        uiLanguage,
        ...(values.verbose ? { onProgress: (p) => io.stderr(`[${p.step}/${p.steps}] ${p.file} ${p.done}/${p.total}\n`) } : {}),
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
