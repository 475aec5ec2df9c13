// Argument parsing shared by CLI commands. Every malformed argument ends as a UsageError, which
// runCli turns into exit status 2 with the command's help.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseGlossaryCsv } from '../../shared/checks/glossary/csv.js';
import { parseTbx } from '../../shared/checks/glossary/tbx.js';
import { parseHunalignDictionary } from '../../shared/align/index.js';
import type { Glossary } from '../../shared/checks/glossary/types.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types.js';
import { UsageError, type CliIo } from './types.js';

/** node:util parseArgs (strict, positionals allowed), its errors (unknown option, missing value) as UsageError. */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    // --verbose is accepted by every command: it also echoes the log to stderr (see runCli).
    return parseArgs({ args, options: { verbose: { type: 'boolean' }, ...options }, allowPositionals: true });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((e as Error).message);
    throw e;
  }
}

/** For commands that read files and folders. */
export function requireInputs(positionals: string[]): void {
  if (positionals.length === 0) throw new UsageError('name at least one file or folder');
}

/** For commands that take options only. */
export function rejectPositionals(positionals: string[]): void {
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
}

/** `--languages en,fr` → ['en','fr'], validated. */
export function parseLanguages(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (list.length === 0 || !list.every((l) => /^[a-z]{2,3}$/.test(l))) throw new UsageError(`--languages takes codes like en,fr (got '${value}')`);
  return list;
}

/** `--formats tmx,tsv` → the export formats, validated against `allowed`. */
export function parseFormats(value: string | undefined, allowed: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((f) => !(allowed as readonly string[]).includes(f));
  if (!list.length || bad.length) throw new UsageError(`--formats takes a list of ${allowed.join(',')} (got '${value}')`);
  return list as ExportFormat[];
}

/** `--lang en|fr`: the language of a report. */
export function parseUiLanguage(value: string | undefined): 'en' | 'fr' {
  if (value === undefined || value === 'en' || value === 'fr') return value ?? 'en';
  throw new UsageError(`--lang takes en or fr (got '${value}')`);
}

/** `--glossary FILE`: a .csv termbase, else TBX. A file that cannot be read or parsed is a usage error. */
export async function readGlossaryOption(file: string, cwd: string): Promise<Glossary> {
  try {
    const text = await readFile(path.resolve(cwd, file), 'utf8');
    return /\.csv$/iu.test(file) ? parseGlossaryCsv(text) : parseTbx(text);
  } catch (e) {
    throw new UsageError(`--glossary: ${(e as Error).message}`);
  }
}

/** A hunalign dictionary given with --dictionary: its [source, target] entries. Throws (with the
 *  reason) when the file cannot be read or holds no entry, so a mistyped file is never ignored. */
export async function readDictionaryOption(file: string, cwd: string): Promise<Array<[string, string]>> {
  const entries = parseHunalignDictionary((await readFile(path.resolve(cwd, file), 'utf8')).replace(/^\uFEFF/, ''));
  if (!entries.length) throw new Error('no dictionary entries ("target @ source", one per line)');
  return entries;
}

/** `--dictionary FILE` of a command: its entries (undefined when not given), or null once stderr
 *  says why the file cannot be used (the command then exits with EXIT_INPUT_FAILED). */
export async function dictionaryArg(file: string | undefined, io: Pick<CliIo, 'cwd' | 'stderr'>): Promise<Array<[string, string]> | undefined | null> {
  if (!file) return undefined;
  try {
    return await readDictionaryOption(file, io.cwd);
  } catch (e) {
    io.stderr(`${file}: ${(e as Error).message}\n`);
    return null;
  }
}
