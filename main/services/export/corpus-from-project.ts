// Builds the export model (BitextCorpus) from a project folder: project.bitext.json, the decoded
// texts (texts/<docId>.txt, rebuilt from originals/ when the cache is gone), the alignments
// (alignments/<pairId>.json) and the text edits in effect in the history.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { readStoredFindings as parseStoredFindings } from '../../../shared/checks/stored.js';
import { partnersFromPairs, type ProjectPartners } from '../../../shared/checks/project-partners.js';
import type { Finding } from '../../../shared/checks/types.js';
import type { BitextCorpus, CorpusDocument, CorpusFinding, CorpusPair, CorpusTextEdit } from '../../../shared/export/types.js';
import { decisionOf, findingDecisions } from '../../../shared/history/finding-status.js';
import { activeRecords, type TextEdit } from '../../../shared/history/records.js';
import { effectiveEdits } from '../../../shared/history/text-edits.js';
import { alignmentFileSchema, parseProjectFile, PROJECT_FILE_NAME, type DocumentRecord, type ProjectFile } from '../../../shared/project/format.js';
import { effectiveLanguage, segmentMix } from '../../../shared/project/summary.js';
import { decodeFile } from '../import/decode.js';
import { log } from '../log/logger.js';
import { readImported } from '../bitext/imported-store.js';
import { legacyFindingId } from '../findings/legacy-id.js';
import type { ExportNote } from '../../../shared/export/notes.js';

export class ProjectReadError extends Error {
  override name = 'ProjectReadError';
}

export interface CorpusFromProjectOptions {
  /**
   * Findings come from the project's findings.json (written by the app's findings service, offsets
   * in the original text) when it exists. Otherwise this runs the checks over the documents'
   * ORIGINAL texts; omit it to export without findings (the report then shows none).
   */
  check?: (docs: Array<{ id: string; name: string; language: string; text: string }>, partners: ProjectPartners | undefined) => Finding[] | Promise<Finding[]>;
}

async function readText(dir: string, rec: DocumentRecord): Promise<string> {
  try {
    return await fsp.readFile(path.join(dir, 'texts', `${rec.id}.txt`), 'utf8');
  } catch (error) {
    log.warnUnlessMissing('export.textCacheUnreadable', error, { docId: rec.id });
    // The texts/ folder is a cache: decode the untouched original as the import did.
    const bytes = await fsp.readFile(path.join(dir, 'originals', `${rec.sha256}${path.extname(rec.name).toLowerCase()}`));
    return (await decodeFile(bytes, rec.name, rec.encodingForced ? { encoding: rec.encoding } : {})).text;
  }
}

function toCorpusEdit(e: TextEdit): CorpusTextEdit {
  return { start: e.start, end: e.end, before: e.before, after: e.after, source: e.source, ...(e.findingId ? { findingId: e.findingId } : {}) };
}

/**
 * findings.json of the app's findings service, or null when absent or unreadable. Older versions
 * wrote the evidence as English-only strings: those are read as the same text in both languages.
 */
async function readStoredFindings(dir: string): Promise<Finding[] | null> {
  try {
    const raw = JSON.parse(await fsp.readFile(path.join(dir, 'findings.json'), 'utf8')) as unknown;
    return Array.isArray(raw) ? parseStoredFindings(raw) : null;
  } catch (error) {
    log.warnUnlessMissing('export.findingsUnreadable', error);
    return null;
  }
}

export async function corpusFromProject(dir: string, opts: CorpusFromProjectOptions = {}): Promise<BitextCorpus> {
  let raw: string;
  try {
    raw = await fsp.readFile(path.join(dir, PROJECT_FILE_NAME), 'utf8');
  } catch (e) {
    throw new ProjectReadError(`no project at ${dir} (${(e as Error).message})`);
  }
  const parsed = parseProjectFile(raw);
  if (!parsed.ok) throw new ProjectReadError(`${parsed.code}: ${parsed.reason}`);
  const project: ProjectFile = parsed.project;

  const active = activeRecords(project.history);
  const textEdits = active.filter((r): r is TextEdit => r.kind === 'text');
  const decisions = findingDecisions(active);

  const documents: CorpusDocument[] = [];
  for (const rec of project.documents) {
    const edits = effectiveEdits(textEdits.filter((e) => e.docId === rec.id)).map(toCorpusEdit);
    documents.push({
      id: rec.id,
      name: rec.name,
      relPath: rec.relPath,
      language: effectiveLanguage(rec),
      detectedLanguage: rec.detection.language,
      confidence: rec.detection.confidence,
      override: rec.override,
      reviewed: rec.reviewed,
      segmentMix: segmentMix(rec),
      originalText: await readText(dir, rec),
      edits,
    });
  }

  const notes: ExportNote[] = [];
  const pairs: CorpusPair[] = [];
  const docNames = new Map(project.documents.map((d) => [d.id, d.name]));
  for (const p of project.pairs) {
    let file;
    try {
      file = alignmentFileSchema.parse(JSON.parse(await fsp.readFile(path.join(dir, 'alignments', `${p.id}.json`), 'utf8')));
    } catch (error) {
      log.warnUnlessMissing('export.alignmentUnreadable', error, { pairId: p.id });
      // Named by the documents' file names: the reader never sees pair ids.
      if (p.status !== 'rejected') notes.push({ kind: 'pairLeftOut', a: docNames.get(p.a) ?? null, b: docNames.get(p.b) ?? null, reason: 'no-alignment' });
      continue;
    }
    const pair: CorpusPair = {
      id: p.id,
      a: p.a,
      b: p.b,
      kind: p.kind,
      status: p.status,
      score: p.score,
      srcSentences: file.src,
      tgtSentences: file.tgt,
      beads: file.beads,
    };
    // A pair opened from a TMX/TSV/XLIFF file: another tool's data and the inline codes.
    const imported = await readImported(dir, p.id);
    if (imported) {
      pair.imported = imported.info;
      for (const d of documents) if (imported.codes[d.id]?.length && (d.id === p.a || d.id === p.b)) d.codes = imported.codes[d.id];
    }
    pairs.push(pair);
  }

  let findings: CorpusFinding[] = [];
  const stored = await readStoredFindings(dir);
  if (stored || opts.check) {
    // The checks read the project's pairs and alignments as the editor left them (original texts: no offset mapping).
    const partners =
      project.pairs.length === 0
        ? undefined
        : partnersFromPairs(
            project.pairs.map((p) => {
              const al = pairs.find((x) => x.id === p.id);
              return {
                a: p.a,
                b: p.b,
                kind: p.kind,
                status: p.status,
                origin: p.origin,
                alignment: al ? { src: al.srcSentences, tgt: al.tgtSentences, beads: al.beads } : null,
              };
            }),
          );
    const found =
      stored ??
      (await opts.check!(
        documents.map((d) => ({ id: d.id, name: d.name, language: d.language, text: d.originalText })),
        partners,
      ));
    // Statuses as the app derives them (by id, never by span).
    findings = found.map((f) => ({ ...f, status: decisionOf(decisions, f.id, [legacyFindingId(f)]).status }));
  }

  const langs = project.languages.length >= 2 ? project.languages : ['en', 'fr'];
  return {
    name: project.name,
    languages: [langs[0]!, langs[1]!],
    createdAt: new Date().toISOString(),
    documents,
    pairs,
    findings,
    notes,
  };
}
