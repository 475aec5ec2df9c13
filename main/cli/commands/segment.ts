// `bitext segment`: one sentence per line, with the built-in SRX rules or the user's.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatErrorEn, toApiError } from '../../../shared/api/errors.js';
import { detectLanguage } from '../../../shared/lang/index.js';
import {
  DEFAULT_RULES,
  DEFAULT_SRX,
  parseSrx,
  splitSentences,
  srxWarnings,
  SrxError,
  type SrxRules,
  segmentationLanguage,
} from '../../../shared/segment/index.js';
import { unreadable } from '../../services/import/fs-errors.js';
import { readFileForImport } from '../../services/import/read-file.js';
import { parseCommandArgs } from '../options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../types.js';

const help = `Usage: bitext segment [--lang en|fr] [--srx FILE] <file>
       bitext segment --export-srx

Splits a document into sentences and prints one sentence per line (line breaks inside a
sentence become spaces). A line break in the document always ends a sentence.

Options:
  --lang CODE     language of the document (en, fr, fr-CA …); default: detected
  --srx FILE      SRX 2.0 (or 1.0) rules to use instead of the built-in English/French rules
  --export-srx    print the built-in rules as an SRX 2.0 document, to edit and pass to --srx
  --help          this help
`;

async function loadRules(file: string, io: CliIo): Promise<SrxRules> {
  const full = path.resolve(io.cwd, file);
  let xml: string;
  try {
    xml = await readFile(full, 'utf8');
  } catch (e) {
    throw new Error(formatErrorEn(unreadable(e, full).toApiError()));
  }
  const rules = parseSrx(xml);
  for (const w of srxWarnings(rules)) io.stderr(`${file}: warning: ${w}\n`);
  return rules;
}

async function readText(file: string, io: CliIo): Promise<string> {
  try {
    return (await readFileForImport(path.resolve(io.cwd, file))).decoded.text;
  } catch (e) {
    if (toApiError(e).code === 'import.empty') return ''; // nothing to segment is not an error
    throw e;
  }
}

export const segmentCommand: CliCommand = {
  name: 'segment',
  summary: 'split a document into sentences (SRX rules)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' }, srx: { type: 'string' }, 'export-srx': { type: 'boolean' } });
    if (values['export-srx']) {
      if (positionals.length > 0 || values.srx) throw new UsageError('--export-srx takes no other arguments');
      io.stdout(DEFAULT_SRX);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one file');
    if (values.lang !== undefined && !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(values.lang)) {
      throw new UsageError(`--lang takes a language code like en or fr (got '${values.lang}')`);
    }
    const file = positionals[0] as string;

    let rules = DEFAULT_RULES;
    if (values.srx) {
      try {
        rules = await loadRules(values.srx, io);
      } catch (e) {
        io.stderr(`${values.srx}: ${e instanceof SrxError ? `invalid SRX: ${e.message}` : (e as Error).message}\n`);
        return EXIT_INPUT_FAILED;
      }
    }
    let text: string;
    try {
      text = await readText(file, io);
    } catch (e) {
      io.stderr(`${file}: ${formatErrorEn(toApiError(e))}\n`);
      return EXIT_INPUT_FAILED;
    }
    let lang = values.lang;
    if (!lang) {
      const guess = detectLanguage(text);
      lang = segmentationLanguage(guess.language);
    }
    let spans;
    try {
      spans = splitSentences(text, lang, rules);
    } catch (e) {
      io.stderr(`${values.srx ?? 'rules'}: ${(e as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    io.stdout(spans.map((s) => s.text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ') + '\n').join(''));
    return EXIT_OK;
  },
};
