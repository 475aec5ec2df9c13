import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { WorkbenchError, type ApiError } from '../../../shared/api/errors.js';
import { formatForFileName, requireFormat } from './formats.js';
import { unreadable } from './fs-errors.js';

export interface CollectedFile {
  /** Absolute path. */
  path: string;
  /** Path inside the named directory, '/'-separated on every OS (or the bare name of a named file). */
  relPath: string;
}

export interface CollectError {
  /** What the editor would recognise: the input as given, or input/relPath for a file found inside it. */
  name: string;
  error: ApiError;
}

interface Walk {
  files: CollectedFile[];
  errors: CollectError[];
  /** Real paths of directories already walked: breaks symlink loops and double visits. */
  seenDirs: Set<string>;
  /** Real paths of files already collected: the same file reached twice is listed once. */
  seenFiles: Set<string>;
}

/** Inside directories: dotfiles/dot-dirs (.git, .DS_Store) and Word's "~$" lock files. */
function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

// Code-point order, not locale order: the same on every machine and in every UI language.
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `dir` is `ancestor` or lies inside it (both real paths). */
function isInside(dir: string, ancestor: string): boolean {
  return dir === ancestor || dir.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep);
}

async function addFile(walk: Walk, path: string, relPath: string, name: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (err) {
    walk.errors.push({ name, error: unreadable(err, path).toApiError() });
    return;
  }
  if (walk.seenFiles.has(real)) return;
  walk.seenFiles.add(real);
  walk.files.push({ path, relPath });
}

/**
 * `root` is the real path of the folder the editor chose: links inside it are followed only while
 * they stay inside it (a link to /etc or to another user's files is not what was dropped).
 */
async function walkDirectory(walk: Walk, dir: string, relDir: string, name: string, found: CollectedFile[], root?: string): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    root ??= real;
    if (walk.seenDirs.has(real)) return;
    walk.seenDirs.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareCodePoints(a.name, b.name));
  } catch (err) {
    walk.errors.push({ name, error: unreadable(err, dir).toApiError() });
    return;
  }
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    const path = join(dir, entry.name);
    const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
    const entryName = `${name}/${entry.name}`;
    const supported = formatForFileName(entry.name) !== null;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
        const resolved = await realpath(path);
        // A link to this directory or one above it is a loop: following it would list the tree again.
        if (isDir && isInside(real, resolved)) continue;
        if (!isInside(resolved, root)) {
          if (isDir || supported) walk.errors.push({ name: entryName, error: new WorkbenchError('import.linkOutside', {}, path).toApiError() });
          continue;
        }
      } catch (err) {
        // A dangling link is worth reporting only if it looks like something we would import.
        if (supported) walk.errors.push({ name: entryName, error: unreadable(err, path).toApiError() });
        continue;
      }
    }
    if (isDir) await walkDirectory(walk, path, relPath, entryName, found, root);
    else if (isFile && supported) found.push({ path, relPath });
  }
}

/**
 * Expands the editor's selection (files and directories, relative to cwd) into importable
 * files. Never throws for a bad input: each problem becomes an entry in `errors`.
 * Order: inputs in the order given; each directory's files sorted by relPath (code points).
 */
export async function collectFiles(inputs: string[], cwd: string): Promise<{ files: CollectedFile[]; errors: CollectError[] }> {
  const walk: Walk = { files: [], errors: [], seenDirs: new Set(), seenFiles: new Set() };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (err) {
      walk.errors.push({ name: input, error: unreadable(err, path).toApiError() });
      continue;
    }
    if (info.isDirectory()) {
      const found: CollectedFile[] = [];
      // "news/" and "news" name the same folder; avoid "news//a.txt" in error names.
      const display = input.replace(/[\\/]+$/, '') || input;
      await walkDirectory(walk, path, '', display, found);
      found.sort((a, b) => compareCodePoints(a.relPath, b.relPath));
      for (const file of found) await addFile(walk, file.path, file.relPath, `${display}/${file.relPath}`);
    } else if (!info.isFile()) {
      const error = new WorkbenchError('import.unreadable', { reason: 'not a regular file' }, path);
      walk.errors.push({ name: input, error: error.toApiError() });
    } else {
      try {
        requireFormat(path);
      } catch (err) {
        walk.errors.push({ name: input, error: (err as WorkbenchError).toApiError() });
        continue;
      }
      await addFile(walk, path, basename(path), input);
    }
  }
  return { files: walk.files, errors: walk.errors };
}
