// Shared by CLI commands: expand file/dir arguments and decode each file, keeping per-file errors
// (one broken file never stops the rest).
import { formatErrorEn, toApiError, type ApiError } from '../../shared/api/errors.js';
import { collectFiles } from '../services/import/collect.js';
import { readFileForImport } from '../services/import/read-file.js';
import type { DecodedFile } from '../services/import/types.js';

export interface InputText {
  /** The path as given, or as found under a given folder. */
  file: string;
  /** Path inside the named folder, '/'-separated (or the bare name of a named file). */
  relPath: string;
  decoded: DecodedFile;
}

export async function readInputs(args: string[], cwd: string): Promise<{ inputs: InputText[]; errors: { name: string; error: ApiError }[] }> {
  const { files, errors } = await collectFiles(args, cwd);
  const inputs: InputText[] = [];
  const failed = [...errors];
  for (const f of files) {
    try {
      inputs.push({ file: f.path, relPath: f.relPath, decoded: (await readFileForImport(f.path)).decoded });
    } catch (e) {
      failed.push({ name: f.path, error: toApiError(e) });
    }
  }
  return { inputs, errors: failed };
}

export function reportErrors(errors: { name: string; error: ApiError }[], stderr: (s: string) => void): void {
  for (const e of errors) stderr(`${e.name}: ${formatErrorEn(e.error)}\n`);
}
