// `bitext clean` and `bitext open` inputs that are bilingual files (.tmx, .tsv, .xlf, .xliff):
// found among the named files and inside named folders, read with read-bitext.ts. Files in a
// folder that are neither documents nor bilingual files are listed with the reason, so nothing
// is left out silently. Named bilingual files are taken out of the list given to readInputs.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { ImportedBitext } from '../../shared/export/imported.js';
import { readBitextBytes, bitextKind, type BitextFileOptions } from '../services/bitext/read-bitext.js';
import { formatForFileName } from '../services/import/formats.js';

export interface BitextInput {
  file: string;
  relPath: string;
  bitext: ImportedBitext & { encoding: string };
}

export interface SplitInputs {
  /** Arguments for the document reader (folders stay: it picks their documents). */
  documentArgs: string[];
  bitexts: BitextInput[];
  /** Bilingual files that could not be read: name and reason. */
  failed: Array<{ name: string; reason: string }>;
  /** Files inside folders that are not read, and why. */
  skipped: Array<{ name: string; reason: string }>;
}

async function walk(dir: string, rel: string, out: Array<{ file: string; relPath: string }>, skipped: SplitInputs['skipped'], display: string): Promise<void> {
  let entries;
  try {
    entries = (await fsp.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return; // no-log: the document reader reports unreadable folders
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const p = path.join(dir, e.name);
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) await walk(p, r, out, skipped, display);
    else if (bitextKind(e.name)) out.push({ file: p, relPath: r });
    else if (!formatForFileName(e.name))
      skipped.push({ name: `${display}/${r}`, reason: `not a document or bilingual file (${path.extname(e.name).toLowerCase() || 'no extension'})` });
  }
}

export async function splitBitextInputs(args: string[], cwd: string, opts: BitextFileOptions = {}): Promise<SplitInputs> {
  const documentArgs: string[] = [];
  const found: Array<{ file: string; relPath: string; name: string }> = [];
  const skipped: SplitInputs['skipped'] = [];
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    const st = await fsp.stat(abs).catch(() => /* no-log: not a folder; the file reader reports a missing file */ null);
    if (st?.isDirectory()) {
      documentArgs.push(a);
      const list: Array<{ file: string; relPath: string }> = [];
      const display = a.replace(/[\\/]+$/, '') || a;
      await walk(abs, '', list, skipped, display);
      for (const x of list) found.push({ ...x, name: `${display}/${x.relPath}` });
    } else if (st?.isFile() && bitextKind(a)) found.push({ file: abs, relPath: path.basename(a), name: a });
    else documentArgs.push(a);
  }
  const bitexts: BitextInput[] = [];
  const failed: SplitInputs['failed'] = [];
  for (const f of found) {
    try {
      bitexts.push({ file: f.file, relPath: f.relPath, bitext: readBitextBytes(await fsp.readFile(f.file), f.file, opts) });
    } catch (e) {
      failed.push({ name: f.name, reason: (e as Error).message });
    }
  }
  return { documentArgs, bitexts, failed, skipped };
}
