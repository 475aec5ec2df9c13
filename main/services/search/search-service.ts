// Corpus search and replace: every document (or those in the chosen languages), in the original or
// the cleaned text, as a concordance with the aligned sentence from the document's pair. Patterns
// are the editor's own regular expressions, so matching runs under a time bound (node:vm timeout
// interrupts a backtracking RegExp); replace is one undoable batch of text edits.
import vm from 'node:vm';
import { log } from '../log/logger.js';
import type { DocumentRecord } from '../../../shared/project/format.js';
import type { SearchHit, SearchInput, SearchResult, ReplaceInput, ReplaceResult } from '../../../shared/api/contract.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { buildOffsetMap, type OffsetMap } from '../../../shared/history/offset-map.js';
import { effectiveLanguage } from '../../../shared/project/summary.js';
import { expandReplacement, findSpans, queryPattern } from '../../../shared/search/query.js';
import type { AlignmentService } from '../alignment/alignment-service.js';
import type { FindingsService } from '../findings/findings-service.js';
import type { ProjectStore } from '../project/project-store.js';

export interface SearchDeps {
  store: ProjectStore;
  alignment: AlignmentService;
  findings: FindingsService;
  textOf: (rec: DocumentRecord) => Promise<string>;
}

/** Matching time over the whole corpus, per request. */
export const SEARCH_TIME_LIMIT_MS = 2000;
/** Hits returned at most (the total is still counted up to COUNT_LIMIT). */
export const SEARCH_HIT_LIMIT = 2000;
const COUNT_LIMIT = 100_000;
const CONTEXT_CHARS = 80;

interface DocText {
  rec: DocumentRecord;
  original: string;
  map: OffsetMap;
  /** The text searched (original or cleaned). */
  text: string;
}

export class SearchService {
  constructor(private readonly d: SearchDeps) {}

  private async docs(input: Pick<SearchInput, 'languages' | 'textMode' | 'docIds'>): Promise<DocText[]> {
    const langs = input.languages && input.languages.length ? new Set(input.languages) : null;
    const only = input.docIds ? new Set(input.docIds) : null;
    const out: DocText[] = [];
    for (const rec of this.d.store.project.documents) {
      if (langs && !langs.has(effectiveLanguage(rec))) continue;
      if (only && !only.has(rec.id)) continue;
      const original = await this.d.textOf(rec);
      const map = buildOffsetMap(original, this.d.findings.textEdits(rec.id));
      out.push({ rec, original, map, text: input.textMode === 'cleaned' ? map.cleaned : original });
    }
    return out;
  }

  /** Runs the pattern over the texts, stopping every match once the time bound is spent. */
  private matchAll(input: SearchInput, docs: DocText[], limit: number): Array<{ doc: DocText; matches: RegExpExecArray[] }> {
    const re = queryPattern(input.query);
    const out: Array<{ doc: DocText; matches: RegExpExecArray[] }> = [];
    let left = limit;
    const run = () => {
      for (const doc of docs) {
        if (left <= 0) break;
        const matches = findSpans(doc.text, re, left);
        left -= matches.length;
        if (matches.length) out.push({ doc, matches });
      }
    };
    try {
      vm.runInContext('run()', vm.createContext({ run }), { timeout: SEARCH_TIME_LIMIT_MS });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
        throw new WorkbenchError('search.tooSlow', { seconds: SEARCH_TIME_LIMIT_MS / 1000 });
      throw e;
    }
    return out;
  }

  async search(input: SearchInput): Promise<SearchResult> {
    const docs = await this.docs(input);
    const found = this.matchAll(input, docs, COUNT_LIMIT);
    const total = found.reduce((n, f) => n + f.matches.length, 0);
    const hits: SearchHit[] = [];
    const aligned = new AlignedLookup(this.d.alignment);
    for (const { doc, matches } of found) {
      for (const m of matches) {
        if (hits.length >= SEARCH_HIT_LIMIT) break;
        hits.push(await this.hit(input, doc, m, aligned));
      }
    }
    return { hits, total, truncated: total > hits.length, documents: docs.length };
  }

  private async hit(input: SearchInput, doc: DocText, m: RegExpExecArray, aligned: AlignedLookup): Promise<SearchHit> {
    const start = m.index;
    const end = start + m[0].length;
    const cleaned = input.textMode === 'cleaned';
    const oStart = cleaned ? doc.map.toOriginal(start, 'start') : start;
    const oEnd = cleaned ? Math.max(oStart, doc.map.toOriginal(end, 'end')) : end;
    // Replaceable only where the original still reads what was matched (not inside an earlier fix).
    const replaceable = doc.original.slice(oStart, oEnd) === m[0] && !this.d.findings.textEdits(doc.rec.id).some((x) => x.start < oEnd && oStart < x.end);
    return {
      docId: doc.rec.id,
      docName: doc.rec.name,
      language: effectiveLanguage(doc.rec),
      start,
      end,
      origStart: oStart,
      origEnd: oEnd,
      text: m[0],
      context: contextOf(doc.text, start, end),
      replaceable,
      ...(input.replacement !== undefined ? { replacement: expandReplacement(input.query, m, input.replacement) } : {}),
      aligned: await aligned.find(doc.rec.id, oStart),
    };
  }

  /** Replaces the chosen hits (by their offsets in the searched text) as one undoable edit. */
  async replace(input: ReplaceInput): Promise<ReplaceResult> {
    const docIds = [...new Set(input.places.map((p) => p.docId))];
    const docs = await this.docs({ ...input, docIds });
    const wanted = new Set(input.places.map((p) => `${p.docId}:${p.start}:${p.end}`));
    const edits: Array<{ docId: string; start: number; end: number; expected: string; after: string }> = [];
    for (const { doc, matches } of this.matchAll(input, docs, COUNT_LIMIT)) {
      const textEdits = this.d.findings.textEdits(doc.rec.id);
      for (const m of matches) {
        const start = m.index;
        const end = start + m[0].length;
        if (!wanted.has(`${doc.rec.id}:${start}:${end}`)) continue;
        const oStart = input.textMode === 'cleaned' ? doc.map.toOriginal(start, 'start') : start;
        const oEnd = input.textMode === 'cleaned' ? Math.max(oStart, doc.map.toOriginal(end, 'end')) : end;
        if (textEdits.some((x) => x.start < oEnd && oStart < x.end)) continue;
        edits.push({ docId: doc.rec.id, start: oStart, end: oEnd, expected: m[0], after: expandReplacement(input.query, m, input.replacement) });
      }
    }
    const r = await this.d.findings.applyTextEdits(edits, 'replace-in-corpus');
    return { replaced: r.applied, skipped: input.places.length - r.applied, history: r.history };
  }
}

/** The sentence aligned with a position, from the pairs already aligned (never aligns on its own). */
class AlignedLookup {
  private readonly views = new Map<string, Awaited<ReturnType<AlignmentService['getAlignment']>> | null>();
  constructor(private readonly alignment: AlignmentService) {}

  async find(docId: string, pos: number): Promise<SearchHit['aligned']> {
    const pairs = this.alignment.listPairs().filter((p) => p.aligned !== null && p.status !== 'rejected' && (p.a === docId || p.b === docId));
    for (const p of pairs) {
      let view = this.views.get(p.id);
      if (view === undefined) {
        view = await this.alignment.getAlignment(p.id).catch((error: unknown) => {
          log.warn('search.alignmentUnavailable', { pairId: p.id, error });
          return null;
        });
        this.views.set(p.id, view);
      }
      if (!view) continue;
      const mine = p.a === docId ? 'src' : 'tgt';
      const other = mine === 'src' ? 'tgt' : 'src';
      const idx = view[mine].sentences.findIndex((s) => s.start <= pos && pos < s.end);
      if (idx < 0) continue;
      const bead = view.beads.find((b) => b[mine].includes(idx));
      if (!bead) continue;
      const text = bead[other]
        .map((i) => view[other].sentences[i]?.text ?? '')
        .join(' ')
        .trim();
      // A sentence left without a partner has no aligned sentence to show.
      if (!text) return null;
      return { pairId: p.id, docId: view[other].docId, docName: view[other].name, language: view[other].language, text };
    }
    return null;
  }
}

/** Up to CONTEXT_CHARS either side, cut at a line break, else at a word boundary (marked …). */
function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  let b = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  let a = text.slice(end, end + CONTEXT_CHARS);
  const nl = b.lastIndexOf('\n');
  if (nl >= 0) b = b.slice(nl + 1);
  else if (start - CONTEXT_CHARS > 0) b = `…${b.replace(/^\S*\s/u, '')}`;
  const nl2 = a.indexOf('\n');
  if (nl2 >= 0) a = a.slice(0, nl2);
  else if (end + CONTEXT_CHARS < text.length) a = `${a.replace(/\s\S*$/u, '')}…`;
  return { before: b, after: a };
}
