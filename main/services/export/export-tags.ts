// The language tags an editor chose for a project's exports (en-GB, fr-CA), kept beside the
// project as export-tags.json: later exports (app, `bitext export`) write the same tags without
// asking again. Detection and the project's languages stay bare codes (en, fr).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { canonicalLangTag } from '../../../shared/export/lang-tag.js';

export const EXPORT_TAGS_FILE = 'export-tags.json';

export async function readExportTags(projectDir: string): Promise<[string, string] | null> {
  try {
    const v = JSON.parse(await fsp.readFile(path.join(projectDir, EXPORT_TAGS_FILE), 'utf8')) as unknown;
    if (!Array.isArray(v) || v.length !== 2) return null;
    const tags = v.map((t) => (typeof t === 'string' ? canonicalLangTag(t) : null));
    return tags[0] && tags[1] ? [tags[0], tags[1]] : null;
  } catch {
    return null;
  }
}

export async function writeExportTags(projectDir: string, tags: [string, string]): Promise<void> {
  const target = path.join(projectDir, EXPORT_TAGS_FILE);
  const tmp = `${target}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, JSON.stringify(tags.map((t) => canonicalLangTag(t) ?? t)));
  await fsp.rename(tmp, target);
}
