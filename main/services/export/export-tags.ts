// The language tags exports write for a project (en-GB, fr-CA): the project's `languageTags`
// setting (set in the app or over the API, checked against its languages), else the tags an older
// version kept beside the project in export-tags.json, else none (the exports then write the
// imported files' tags or the bare codes). Detection stays bare codes (en, fr).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { log } from '../log/logger.js';
import { canonicalLangTag } from '../../../shared/export/lang-tag.js';
import { parseProjectFile, PROJECT_FILE_NAME } from '../../../shared/project/format.js';

/** Written by versions before `languageTags`; still read so their choice is not lost. */
export const EXPORT_TAGS_FILE = 'export-tags.json';

export async function readExportTags(projectDir: string): Promise<[string, string] | null> {
  try {
    const v = JSON.parse(await fsp.readFile(path.join(projectDir, EXPORT_TAGS_FILE), 'utf8')) as unknown;
    if (!Array.isArray(v) || v.length !== 2) return null;
    const tags = v.map((t) => (typeof t === 'string' ? canonicalLangTag(t) : null));
    return tags[0] && tags[1] ? [tags[0], tags[1]] : null;
  } catch (error) {
    log.warnUnlessMissing('export.tagsUnreadable', error);
    return null;
  }
}

/** The project's tags for a front that reads the folder without opening it (`bitext export`). */
export async function projectLanguageTags(projectDir: string): Promise<[string, string] | null> {
  try {
    const parsed = parseProjectFile(await fsp.readFile(path.join(projectDir, PROJECT_FILE_NAME), 'utf8'));
    if (parsed.ok && parsed.project.languageTags) return parsed.project.languageTags;
  } catch {
    // no-log: unreadable project: the export itself says why.
  }
  return readExportTags(projectDir);
}
