import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { detectDocument, detectLanguage } from '../../../shared/lang/index.js';
import { formatErrorEn, toApiError } from '../../../shared/api/errors.js';
import { readFileForImport } from '../../services/import/read-file.js';
import { parseCommandArgs, parseLanguages, requireInputs } from '../options.js';
import { readInputs, reportErrors } from '../read-inputs.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

const help = `Usage: bitext detect [--json] [--languages en,fr] <file|dir>...
       bitext detect --per-line [--languages en,fr] <file>

Detects the language of each document (and of each paragraph).

Options:
  --json              JSON: [{ "file", "language", "confidence", "segments": [{ "start", "end", "language", "confidence" }] }]
                      (offsets in UTF-16 code units of the decoded text)
  --languages LIST    languages to choose between (default: en,fr); a text clearly in another
                      language gets that language's code, and 'und' when too short or ambiguous
  --per-line          treat each line of one file as a separate text; print one code per line
  --help              this help
`;

export const detectCommand: CliCommand = {
  name: 'detect',
  summary: 'detect the language of documents and their paragraphs',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, languages: { type: 'string' }, 'per-line': { type: 'boolean' } });
    const languages = parseLanguages(values.languages);
    requireInputs(positionals);
    const opts = languages ? { languages } : {};

    if (values['per-line']) {
      if (positionals.length !== 1) throw new UsageError('--per-line takes exactly one file');
      const file = path.resolve(io.cwd, positionals[0]!);
      let text: string;
      try {
        text = (await readFileForImport(file)).decoded.text;
      } catch (e) {
        // An empty file is a valid empty list of lines here.
        const err = toApiError(e);
        if (err.code !== 'import.empty') {
          io.stderr(`${positionals[0]}: ${formatErrorEn(err)}\n`);
          return EXIT_INPUT_FAILED;
        }
        text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
      }
      const lines = text.split('\n');
      if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      const out = lines.map((l) => (l.trim() ? detectLanguage(l, opts).language : 'und'));
      io.stdout(out.length ? out.join('\n') + '\n' : '');
      return EXIT_OK;
    }

    const { inputs, errors } = await readInputs(positionals, io.cwd);
    const results = inputs.map(({ file, decoded }) => {
      const d = detectDocument(decoded.text, opts);
      return {
        file,
        language: d.language,
        confidence: round(d.confidence),
        segments: d.segments.map((s) => ({ start: s.start, end: s.end, language: s.language, confidence: round(s.confidence) })),
      };
    });
    if (values.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
    else io.stdout(table(results));
    reportErrors(errors, io.stderr);
    return errors.length ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function table(rows: { file: string; language: string; confidence: number; segments: { language: string; start: number; end: number }[] }[]): string {
  if (rows.length === 0) return '';
  const lines = rows.map((r) => {
    const mix = new Map<string, number>();
    for (const s of r.segments) mix.set(s.language, (mix.get(s.language) ?? 0) + 1);
    const mixText = [...mix].map(([l, n]) => `${l}:${n}`).join(' ');
    return [r.file, r.language, r.confidence.toFixed(3), mixText];
  });
  const head = ['FILE', 'LANG', 'CONF', 'SEGMENTS'];
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(w[i]!))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n') + '\n';
}
