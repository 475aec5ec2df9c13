// The project file (project.bitext.json): versioned, validated on every load. Documented in
// docs/project-format.md. Originals are never modified: the project keeps a byte copy of each
// imported file under originals/ and everything the editor does lives beside it, here.
import { z } from 'zod';

export const PROJECT_FORMAT = 'bitext-workbench-project';
export const PROJECT_FORMAT_VERSION = 3;
export const PROJECT_FILE_NAME = 'project.bitext.json';

const lang = z.string().regex(/^(?:[a-z]{2,3}|und)$/);

export const segmentLanguageSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  language: lang,
  confidence: z.number().min(0).max(1),
  inherited: z.boolean(),
});

export const documentRecordSchema = z.object({
  id: z.string().regex(/^d_[0-9a-f]{12,64}$/),
  name: z.string().min(1),
  relPath: z.string().min(1),
  format: z.enum(['txt', 'md', 'html', 'docx']),
  /** sha256 of the original bytes; the copy lives at originals/<sha256><ext>. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  /** Where it was imported from (informational; the copy is what the project reads). */
  sourcePath: z.string().nullable(),
  encoding: z.string(),
  encodingForced: z.boolean(),
  bom: z.boolean(),
  lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  normalized: z.boolean(),
  importedAt: z.string(),
  detection: z.object({
    language: lang,
    confidence: z.number().min(0).max(1),
    segments: z.array(segmentLanguageSchema),
  }),
  override: lang.nullable(),
  reviewed: z.boolean(),
  stats: z.object({ words: z.number().int(), sentences: z.number().int(), chars: z.number().int() }),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

export const rejectedSchema = z.object({
  name: z.string(),
  error: z.object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    detail: z.string().optional(),
  }),
  at: z.string(),
});

const beadSchema = z.object({
  src: z.array(z.number().int().min(0)),
  tgt: z.array(z.number().int().min(0)),
  confidence: z.number().min(0).max(1),
  confirmed: z.boolean(),
  origin: z.enum(['auto', 'manual']),
});
const crossSchema = z.object({ src: z.number().int().min(0), tgt: z.number().int().min(0), confirmed: z.boolean() });
const alignmentChangeSchema = z.union([
  z.object({ kind: z.literal('beads'), start: z.number().int().min(0), before: z.array(beadSchema), after: z.array(beadSchema) }),
  z.object({ kind: z.literal('cross'), before: z.array(crossSchema), after: z.array(crossSchema) }),
]);
const recordBase = { id: z.string(), at: z.string(), label: z.string() };
const alignmentEditSchema = z.object({ ...recordBase, kind: z.literal('alignment'), pairId: z.string(), change: alignmentChangeSchema });
const textEditSchema = z.object({
  ...recordBase,
  kind: z.literal('text'),
  docId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  before: z.string(),
  after: z.string(),
  source: z.string(),
  findingId: z.string().optional(),
});
const statusEditSchema = z.object({
  ...recordBase,
  kind: z.literal('status'),
  target: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  note: z.string().optional(),
});
const primitiveEditSchema = z.union([alignmentEditSchema, textEditSchema, statusEditSchema]);
const editRecordSchema = z.union([primitiveEditSchema, z.object({ ...recordBase, kind: z.literal('batch'), records: z.array(primitiveEditSchema) })]);

const glossaryTerm = z.object({
  text: z.string().min(1).max(500),
  status: z.enum(['preferred', 'admitted', 'forbidden']),
  note: z.string().max(2000).optional(),
});
/** A termbase entry (the check engine's model, shared/checks/glossary/types.ts). */
export const glossaryEntrySchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['name', 'title', 'term']),
  doNotTranslate: z.boolean().optional(),
  person: z.string().max(200).optional(),
  subject: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
  /** Language code → terms; '*' holds a name's wrong variants in any language. */
  terms: z.record(z.string().regex(/^(?:[a-z]{2,3}|\*)$/), z.array(glossaryTerm).max(200)),
});

export const pairRecordSchema = z.object({
  id: z.string().regex(/^p_[0-9a-f]{8,64}$/),
  a: z.string(),
  b: z.string(),
  score: z.number().min(0).max(1),
  kind: z.enum(['translation', 'version']),
  /** suggested by pairing, confirmed or rejected by the editor, or made by hand. */
  status: z.enum(['suggested', 'confirmed', 'rejected']),
  origin: z.enum(['auto', 'manual']),
  /** What the two documents share (pairing's evidence); absent for pairs made by hand. */
  evidence: z
    .object({
      names: z.array(z.string().max(200)).max(50),
      numbers: z.array(z.string().max(50)).max(50),
      shared: z.number().int().min(0),
      linkedSentences: z.number().int().min(0).optional(),
      sentences: z.number().int().min(0).optional(),
      inOrder: z.number().int().min(0).optional(),
      coveredShare: z.number().min(0).max(1).optional(),
      standsOut: z.number().min(0).optional(),
    })
    .optional(),
});
export type PairRecord = z.infer<typeof pairRecordSchema>;

/** Where a pair's alignment lives (alignments/<pairId>.json) and a summary of it. */
export const alignmentIndexSchema = z.object({
  alignedAt: z.string(),
  beads: z.number().int().min(0),
  confirmed: z.number().int().min(0),
  /** Beads neither confirmed nor confident (shared/alignment/doubtful.ts); absent in older projects. */
  doubtful: z.number().int().min(0).optional(),
  /** Beads with a sentence on both sides, and of those the confirmed ones (shared/alignment/linked.ts); absent in older projects. */
  linked: z.number().int().min(0).optional(),
  linkedConfirmed: z.number().int().min(0).optional(),
  /** Sentence counts at alignment time: a changed segmentation invalidates the file. */
  nSrc: z.number().int().min(0),
  nTgt: z.number().int().min(0),
  /** Which alignment method the pipeline chose (shared/align alignDocuments). */
  method: z.enum(['parallel', 'comparable']).optional(),
});
export type AlignmentIndex = z.infer<typeof alignmentIndexSchema>;

/** The alignment file of one pair (alignments/<pairId>.json). */
export const alignmentFileSchema = z.object({
  pairId: z.string(),
  src: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })),
  tgt: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })),
  beads: z.array(beadSchema),
  crossLinks: z.array(crossSchema),
});
export type AlignmentFile = z.infer<typeof alignmentFileSchema>;

export const projectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_FORMAT_VERSION),
  name: z.string(),
  createdAt: z.string(),
  savedAt: z.string(),
  /** The project's languages: detection is restricted to these by default. */
  languages: z.array(lang).min(1),
  /** The languages as BCP-47 tags for exports (en-GB, fr-CA), checked against `languages`; absent: the bare codes. */
  languageTags: z.tuple([z.string().min(1).max(35), z.string().min(1).max(35)]).optional(),
  documents: z.array(documentRecordSchema),
  rejected: z.array(rejectedSchema),
  pairs: z.array(pairRecordSchema),
  alignments: z.record(z.string(), alignmentIndexSchema),
  history: z
    .object({
      records: z.array(editRecordSchema),
      cursor: z.number().int().min(0),
      base: z.array(z.union([textEditSchema, statusEditSchema])).optional(),
    })
    // A position past the end would make every later undo/redo read records that do not exist.
    .refine((h) => h.cursor <= h.records.length, { message: 'history position past the end', path: ['cursor'] }),
  /** The termbase (shared/checks/glossary/types.ts), validated loosely: it has its own parser. */
  glossary: z.object({ entries: z.array(glossaryEntrySchema) }),
  /** The check profile (shared/checks/profile.ts), parsed by the engine's own schema. */
  checkProfile: z.unknown(),
  /** "Never raise this rule on this text again" (Xbench/Verifika-style ignore list). */
  ignoreRules: z.array(z.object({ rule: z.string(), text: z.string(), reason: z.string().optional(), at: z.string() })),
  checks: z.object({ checkedAt: z.string().nullable() }),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;

export function emptyProject(name: string, now: string): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_FORMAT_VERSION,
    name,
    createdAt: now,
    savedAt: now,
    languages: ['en', 'fr'],
    documents: [],
    rejected: [],
    pairs: [],
    alignments: {},
    history: { records: [], cursor: 0 },
    glossary: { entries: [] },
    checkProfile: null,
    ignoreRules: [],
    checks: { checkedAt: null },
  };
}

export type ParseProjectResult =
  { ok: true; project: ProjectFile; migrated: boolean } | { ok: false; code: 'project.corrupt' | 'project.newerVersion'; reason: string; version?: number };

/**
 * Older versions are migrated here, one pure step per version: MIGRATIONS[v] turns v into v+1.
 * A step only adds what is missing: a file whose version label is wrong keeps all its data.
 */
const MIGRATIONS: Record<number, (p: Record<string, unknown>) => Record<string, unknown>> = {
  // v2 adds document pairs, alignments and the edit history.
  1: (p) => ({ pairs: [], alignments: {}, history: { records: [], cursor: 0 }, ...p, version: 2 }),
  // v3 adds the glossary, the check profile, ignore rules and the checks' run state.
  2: (p) => ({ glossary: { entries: [] }, checkProfile: null, ignoreRules: [], checks: { checkedAt: null }, ...p, version: 3 }),
};

/** Validate untrusted JSON text as a project file. Never throws. */
export function parseProjectFile(text: string): ParseProjectResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'project.corrupt', reason: `not JSON (${(e as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PROJECT_FORMAT) {
    return { ok: false, code: 'project.corrupt', reason: 'not a Bitext Workbench project' };
  }
  let obj = raw as Record<string, unknown>;
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'project.corrupt', reason: 'missing or invalid version' };
  }
  if (version > PROJECT_FORMAT_VERSION) {
    return { ok: false, code: 'project.newerVersion', reason: `format ${version}`, version };
  }
  let migrated = false;
  for (let v = version; v < PROJECT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, code: 'project.corrupt', reason: `no migration from version ${v}` };
    obj = step(obj);
    migrated = true;
  }
  const r = projectFileSchema.safeParse(obj);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, code: 'project.corrupt', reason: `${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}` };
  }
  return { ok: true, project: r.data, migrated };
}

export function serializeProject(p: ProjectFile): string {
  return JSON.stringify(p, null, 1) + '\n';
}
