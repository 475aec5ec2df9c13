// What an imported bilingual file said beyond its text — another tool's unit ids, attributes,
// props and notes, the inline codes behind the placeholders, the language tags found — kept
// beside the project as imports/<pairId>.json so that exports can write it back.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { log } from '../log/logger.js';
import { z } from 'zod';
import type { InlineCode } from '../../../shared/export/inline.js';
import type { ImportedPairInfo } from '../../../shared/export/types.js';

export const IMPORTS_DIR = 'imports';

const codeSchema = z.object({
  kind: z.enum(['open', 'close', 'standalone']),
  format: z.enum(['tmx', 'xliff12', 'xliff2']),
  xml: z.string(),
  native: z.string(),
});
const unitSchema = z.object({
  id: z.string().optional(),
  attrs: z.record(z.string(), z.string()).optional(),
  props: z.array(z.tuple([z.string(), z.string()])).optional(),
  notes: z.array(z.string()).optional(),
});
const fileSchema = z.object({
  version: z.literal(1),
  pairId: z.string(),
  file: z.string(),
  format: z.enum(['tmx', 'tsv', 'xliff12', 'xliff2']),
  languages: z.tuple([z.string(), z.string()]),
  units: z.record(z.string(), unitSchema),
  codes: z.record(z.string(), z.array(codeSchema)),
});
export type ImportedRecord = z.infer<typeof fileSchema>;

function file(dir: string, pairId: string): string {
  return path.join(dir, IMPORTS_DIR, `${pairId}.json`);
}

export async function writeImported(dir: string, rec: ImportedRecord): Promise<void> {
  await fsp.mkdir(path.join(dir, IMPORTS_DIR), { recursive: true });
  const target = file(dir, rec.pairId);
  const tmp = `${target}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, JSON.stringify(rec));
  await fsp.rename(tmp, target);
}

/** The record of an imported pair, or null (not imported, or unreadable: exported without it). */
export async function readImported(dir: string, pairId: string): Promise<{ info: ImportedPairInfo; codes: Record<string, InlineCode[]> } | null> {
  try {
    const rec = fileSchema.parse(JSON.parse(await fsp.readFile(file(dir, pairId), 'utf8')));
    const units: ImportedPairInfo['units'] = {};
    for (const [k, u] of Object.entries(rec.units)) units[Number(k)] = u;
    return { info: { file: rec.file, format: rec.format, languages: rec.languages, units }, codes: rec.codes };
  } catch (error) {
    log.warnUnlessMissing('export.importedRecordUnreadable', error, { pairId });
    return null;
  }
}
