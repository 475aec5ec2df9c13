// Export options shared by `bitext export`, `clean` and `open`: --many (n:m beads) and
// --languages as BCP-47 tags written into the files (en-GB, fr-CA).
import type { ManyPolicy } from '../../shared/export/types.js';
import { UsageError } from './types.js';

export const MANY_HELP = `  --many POLICY     beads of several sentences on a side: paragraph (default: one unit marked
                    segtype="paragraph"), split (one unit per sentence link where the links inside
                    the bead are known), omit
  --tags A,B        language tags to write (e.g. en-GB,fr-CA); default: the tags chosen for the
                    project in the app, else those of imported bilingual files, else the
                    project's languages`;

export function parseMany(v: string | undefined): ManyPolicy | undefined {
  if (v === undefined) return undefined;
  if (v === 'paragraph' || v === 'split' || v === 'omit') return v;
  throw new UsageError(`--many takes paragraph, split or omit (got '${v}')`);
}

/** Two BCP-47 tags, e.g. "en-GB,fr-CA" (underscores accepted). */
export function parseTagPair(v: string | undefined, option = '--tags'): [string, string] | undefined {
  if (v === undefined) return undefined;
  const l = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (l.length !== 2 || !l.every((t) => /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(t)))
    throw new UsageError(`${option} takes two language tags like en-GB,fr-CA (got '${v}')`);
  return [l[0]!, l[1]!];
}
