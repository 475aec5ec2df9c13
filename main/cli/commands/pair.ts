// `bitext pair`: which documents tell the same story (translations across languages, versions
// within one), best first.
import path from 'node:path';
import { detectLanguage } from '../../../shared/lang/index.js';
import { pairDocuments, SUGGEST_AT, type PairDoc } from '../../../shared/pair/index.js';
import { parseCommandArgs, parseLanguages, dictionaryArg, requireInputs } from '../options.js';
import { readInputs, reportErrors } from '../read-inputs.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

const help = `Usage: bitext pair [--json] [--languages en,fr] [--min-score X] [--dictionary FILE] <file|dir>...

Decides which documents tell the same story: "translation" when their languages differ,
"version" when they are the same. The score is the probability that the two documents tell the
same story, from what they share (names, numbers, dates, sentences that align confidently) and
from how far the pair stands out from each document's other candidates (within one language,
only as far as their sentences correspond: two parts of one long text are not versions of it).
A pair is suggested at ${SUGGEST_AT} and above; each document gets at most one suggested partner of each kind unless the
evidence for another is very strong, and having no partner is normal. Every pair is listed, best
first; the others stay unsuggested (the same decision as the app and \`bitext clean\`). In
the table, a suggested pair's kind is marked with "*".

Options:
  --json              JSON: [{ "a", "b", "score", "kind", "suggested", "evidence" }] (score
                      rounded to 4 decimals; evidence: shared "names" and "numbers", "shared"
                      features, and, for pairs checked by aligning, "linkedSentences" of
                      "sentences", "inOrder" = linked sentences whose links keep one order,
                      same language: "coveredShare" = share of the better covered document's
                      sentences linked, and "standsOut" = score over the best competing score)
  --languages LIST    languages documents may be in (default: en,fr); each document's language
                      is detected among them
  --min-score X       leave out pairs scoring below X (0–1; default 0: all pairs)
  --dictionary FILE   bilingual dictionary ("target @ source" per line, as hunalign's) used
                      when checking candidates by aligning their sentences
  --help              this help

Paths are shown relative to the current folder when inside it.
`;

function display(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function table(rows: Array<{ a: string; b: string; score: number; kind: string; suggested: boolean }>): string {
  if (rows.length === 0) return 'no pairs (name at least two documents)\n';
  const head = ['SCORE', 'KIND', 'A', 'B'];
  // A suggested pair's kind is marked with "*".
  const lines = rows.map((r) => [r.score.toFixed(4), r.suggested ? `${r.kind}*` : r.kind, r.a, r.b]);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const fmt = (cols: string[]): string => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(w[i] as number))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n') + '\n';
}

export const pairCommand: CliCommand = {
  name: 'pair',
  summary: 'find documents that tell the same story (translations, versions)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      languages: { type: 'string' },
      'min-score': { type: 'string' },
      dictionary: { type: 'string' },
    });
    requireInputs(positionals);
    const languages = parseLanguages(values.languages);
    const minScore = values['min-score'] === undefined ? 0 : Number(values['min-score']);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new UsageError('--min-score takes a number between 0 and 1');

    const dictionary = await dictionaryArg(values.dictionary, io);
    if (dictionary === null) return EXIT_INPUT_FAILED;
    const { inputs, errors } = await readInputs(positionals, io.cwd);
    const docs: PairDoc[] = inputs.map(({ file, decoded }) => ({
      id: display(file, io.cwd),
      language: detectLanguage(decoded.text, languages ? { languages } : {}).language,
      text: decoded.text,
    }));
    const rows = pairDocuments(docs, { minScore, ...(dictionary ? { dictionary } : {}) }).map((p) => ({
      a: p.a,
      b: p.b,
      score: Math.round(p.score * 1e4) / 1e4,
      kind: p.kind,
      suggested: p.suggested,
      evidence: p.evidence,
    }));
    io.stdout(values.json ? JSON.stringify(rows, null, 2) + '\n' : table(rows));
    reportErrors(errors, io.stderr);
    return errors.length ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};
