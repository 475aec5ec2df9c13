// `bitext check`: runs the artifact checks on files and folders, all inputs as ONE corpus so that
// cross-document evidence (recurring names and lines, partner documents) applies.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Glossary } from '../../../shared/checks/glossary/types.js';
import { parseProfile, type CheckProfile } from '../../../shared/checks/profile.js';
import type { Finding, PartialCheck } from '../../../shared/checks/types.js';
import { renderMessage } from '../../../shared/checks/messages/render.js';
import { checkCorpus } from '../../services/checks/run.js';
import { parseCommandArgs, parseUiLanguage, readGlossaryOption, requireInputs } from '../options.js';
import { readInputs, reportErrors } from '../read-inputs.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../types.js';

/** Per-file budget of the checks: a normal article takes well under a second; a pathological
 * multi-MB file must not hold the other files (or a batch script) for more than seconds. 8 s of
 * checks leaves room for start-up, reading and output within the 10 s a file may take. */
const DEFAULT_TIME_LIMIT_S = 8;

const help = `Usage: bitext check [--json] [--lang en|fr] [--glossary FILE] [--profile FILE] [--time-limit S] <file|dir>...

Finds machine-translation artifacts: names translated as words, wrong terms, quote and spacing
errors, repetitions, sentence-break debris, spelling, grammar, web-page debris, foreign passages.
All inputs are checked as one corpus (a folder's documents inform each other).

Options:
  --json            JSON: [{ "file", "language", "findings": [{ "category", "rule", "severity",
                    "start", "end", "text", "suggestions", "message" }] }]
                    (offsets in UTF-16 code units of the decoded text; message in --lang)
  --lang en|fr      language of the messages (default en)
  --glossary FILE   termbase: .tbx (TBX-Basic v2 or v3) or .csv
  --profile FILE    check profile (JSON): enable/disable checks, thresholds, house style
  --time-limit S    seconds of checks per file (default ${DEFAULT_TIME_LIMIT_S}; 0: no limit). A file
                    past it is left out of the results with an error on stderr; the others go on.
                    A very large file (over 2M characters, checked in windows) keeps the findings
                    of the part checked in time: with --json, "partial": { "checkedChars",
                    "totalChars" } says where it stopped
  --help            this help

Exit status: 0 checked, 1 some input could not be read or checked in time, 2 usage error.
`;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'find machine-translation artifacts in documents (one corpus)',
  help,
  async run(args, io) {
    // A file's budget counts from here: reading and decoding it are part of its 10 s.
    const startedAt = Date.now();
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      glossary: { type: 'string' },
      profile: { type: 'string' },
      'time-limit': { type: 'string' },
    });
    requireInputs(positionals);
    const lang = parseUiLanguage(values.lang);
    const limitS = values['time-limit'] === undefined ? DEFAULT_TIME_LIMIT_S : Number(values['time-limit']);
    if (!Number.isFinite(limitS) || limitS < 0) throw new UsageError(`--time-limit takes a number of seconds (got '${values['time-limit']}')`);
    const glossary: Glossary | undefined = values.glossary ? await readGlossaryOption(values.glossary, io.cwd) : undefined;
    let profile: CheckProfile | undefined;
    try {
      if (values.profile) profile = parseProfile(JSON.parse(await readFile(path.resolve(io.cwd, values.profile), 'utf8')));
    } catch (e) {
      throw new UsageError(`--profile: ${(e as Error).message}`);
    }
    const { inputs, errors } = await readInputs(positionals, io.cwd);
    const timedOut = new Set<string>();
    // Very large files stopped at the limit keep the findings of the part checked before it.
    const partial = new Map<string, PartialCheck>();
    const { docs: allDocs, findings } = checkCorpus(
      inputs.map((x, i) => ({ id: `doc${i}`, name: x.file, text: x.decoded.text })),
      {
        ...(glossary ? { glossary } : {}),
        ...(profile ? { profile } : {}),
        ...(limitS > 0
          ? {
              docTimeLimitMs: limitS * 1000,
              budgetFrom: startedAt,
              onDocTimeout: (id: string, part?: PartialCheck) => (part ? partial.set(id, part) : timedOut.add(id)),
            }
          : {}),
      },
    );
    // A file past its budget is an error; it has no results unless it was checked in windows, whose
    // finished part is given with "partial" (where the check stopped).
    const docs = allDocs.filter((d) => !timedOut.has(d.id));
    for (const d of allDocs)
      if (timedOut.has(d.id) || partial.has(d.id)) errors.push({ name: d.name, error: { code: 'check.timeLimit', params: { seconds: limitS } } });
    const byDoc = new Map<string, Finding[]>(docs.map((d) => [d.id, []]));
    for (const f of findings) byDoc.get(f.docId)?.push(f);
    const partOf = (id: string) => (partial.has(id) ? { partial: partial.get(id)! } : {});
    const shown = (f: Finding): OutFinding => ({
      category: f.category,
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      suggestions: f.suggestions,
      message: renderMessage(f.message, lang),
    });
    if (values.json) {
      // Written in pieces, the same bytes as JSON.stringify(results, null, 2): a huge file's
      // findings never sit in memory a second and third time as one string and its buffer.
      let batch = '';
      for (const piece of jsonPieces(
        docs.map((d) => ({ file: d.name, language: d.language, findings: byDoc.get(d.id)!, ...partOf(d.id) })),
        shown,
      )) {
        batch += piece;
        if (batch.length >= 1 << 20) {
          io.stdout(batch);
          batch = '';
        }
      }
      io.stdout(batch);
    } else {
      const results = docs.map((d) => ({ file: d.name, language: d.language, findings: byDoc.get(d.id)!.map(shown), ...partOf(d.id) }));
      io.stdout(
        readable(
          results,
          docs.map((d) => d.text),
        ),
      );
    }
    reportErrors(errors, io.stderr);
    return errors.length ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};

interface OutFinding {
  category: string;
  rule: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  suggestions: string[];
  message: string;
}

/** JSON.stringify(results, null, 2) + '\n' as a sequence of pieces (one finding at a time). */
export function* jsonPieces<F>(
  results: Array<{ file: string; language: string; findings: F[]; partial?: PartialCheck }>,
  shown: (f: F) => OutFinding,
): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    yield `  {\n    "file": ${JSON.stringify(r.file)},\n    "language": ${JSON.stringify(r.language)},\n    "findings": `;
    if (r.findings.length === 0) yield '[]';
    else {
      yield '[\n';
      for (let k = 0; k < r.findings.length; k++) {
        // Real line breaks only come from the indentation (JSON escapes them inside strings).
        yield `${k ? ',\n' : ''}      ${JSON.stringify(shown(r.findings[k]!), null, 2).replace(/\n/gu, '\n      ')}`;
      }
      yield '\n    ]';
    }
    if (r.partial) yield `,\n    "partial": {\n      "checkedChars": ${r.partial.checkedChars},\n      "totalChars": ${r.partial.totalChars}\n    }`;
    yield i < results.length - 1 ? '\n  },\n' : '\n  }\n';
  }
  yield ']\n';
}

type Result = {
  file: string;
  language: string;
  findings: Array<{ category: string; severity: string; start: number; text: string; suggestions: string[]; message: string }>;
  partial?: PartialCheck;
};

/** 1-based line of offset, by binary search in the ascending line starts. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Percentage checked, rounded down (never says 100 for a file that was stopped). */
function partPercent(p: PartialCheck): number {
  return Math.floor((100 * p.checkedChars) / Math.max(1, p.totalChars));
}

function readable(results: Result[], texts: string[]): string {
  const out: string[] = [];
  results.forEach((r, i) => {
    out.push(`${r.file} (${r.language}): ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`);
    if (r.partial)
      out.push(
        `  partly checked: stopped at the time limit after ${r.partial.checkedChars} of ${r.partial.totalChars} characters (${partPercent(r.partial)}%)`,
      );
    const text = texts[i]!;
    // Line starts once per file: per finding, a scan from the top was quadratic on a huge file.
    const starts = [0];
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
    for (const f of r.findings) {
      const line = lineOf(starts, f.start);
      const col = f.start - starts[line - 1]! + 1;
      const fix = f.suggestions.length ? ` → ${f.suggestions.map((s) => (s === '' ? '(remove)' : `“${s}”`)).join(' | ')}` : '';
      const shown = f.text.length > 70 ? `${f.text.slice(0, 67)}…` : f.text;
      out.push(`  ${line}:${col} ${f.severity.padEnd(7)} ${f.category.padEnd(16)} “${shown.replace(/\n/gu, '⏎')}”${fix}`);
      out.push(`      ${f.message}`);
    }
  });
  return out.join('\n') + '\n';
}
