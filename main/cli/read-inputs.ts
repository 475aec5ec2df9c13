// Shared by CLI commands: expand file/dir arguments and decode each file, keeping per-file errors
// (one broken file never stops the rest).
import { formatErrorEn, toApiError, type ApiError } from '../../shared/api/errors.js';
import { collectFiles } from '../services/import/collect.js';
import { readFileForImport } from '../services/import/read-file.js';
import type { DecodedFile } from '../services/import/types.js';

export interface InputText {
  /** The path as given, or as found under a given folder. */
  file: string;
  decoded: DecodedFile;
}

export async function readInputs(args: string[], cwd: string): Promise<{ inputs: InputText[]; errors: { name: string; error: ApiError }[] }> {
  const { files, errors } = await collectFiles(args, cwd);
  const inputs: InputText[] = [];
  const failed = [...errors];
  for (const f of files) {
    try {
      inputs.push({ file: f.path, decoded: (await readFileForImport(f.path)).decoded });
    } catch (e) {
      failed.push({ name: f.path, error: toApiError(e) });
    }
  }
  return { inputs, errors: failed };
}

export function reportErrors(errors: { name: string; error: ApiError }[], stderr: (s: string) => void): void {
  for (const e of errors) stderr(`${e.name}: ${formatErrorEn(e.error)}\n`);
}

/** `--languages en,fr` → ['en','fr'], validated. */
export function parseLanguages(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (list.length === 0 || !list.every((l) => /^[a-z]{2,3}$/.test(l))) {
    throw Object.assign(new Error(`--languages takes codes like en,fr (got '${value}')`), { code: 'ERR_PARSE_ARGS_LANG' });
  }
  return list;
}
