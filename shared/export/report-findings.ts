// The QA report's findings list: one row per finding, with its sentence in context (the flagged
// text marked), the sentence aligned to it, the document and position (line, column), severity,
// status, message, evidence and suggestions. Each row has its own anchor (#f-<id>). The report is
// one self-contained page without scripts, so the list comes sorted by severity (errors first),
// then document and position, with a link to where each severity starts.
import { renderMessage } from '../checks/messages/render.js';
import { stripCodes } from './inline.js';
import { csvField } from './cell.js';
import type { ReportStrings } from './report-strings.js';
import { splitSentences, segmentationLanguage } from '../segment/index.js';
import type { BitextCorpus, CorpusDocument, CorpusFinding, SentenceRange, UiLanguage } from './types.js';

const SEVERITY_RANK: Record<CorpusFinding['severity'], number> = { error: 0, warning: 1, info: 2 };

interface DocIndex {
  doc: CorpusDocument;
  lineStarts: number[];
  spans: readonly SentenceRange[];
  /** For a sentence index: the partner document and its sentences in the same bead. */
  partner: Map<number, { doc: CorpusDocument; spans: readonly SentenceRange[]; idx: number[] }>;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** Last index whose value is <= x (values ascending). */
function floorIndex(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Sentences and aligned partners of each document with findings. */
function indexDocs(corpus: BitextCorpus, findings: readonly CorpusFinding[]): Map<string, DocIndex> {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const wanted = new Set(findings.map((f) => f.docId));
  const out = new Map<string, DocIndex>();
  const entry = (d: CorpusDocument, spans: readonly SentenceRange[]): DocIndex => {
    let e = out.get(d.id);
    if (!e) {
      e = { doc: d, lineStarts: lineStarts(d.originalText), spans, partner: new Map() };
      out.set(d.id, e);
    }
    return e;
  };
  for (const p of corpus.pairs) {
    if (p.status === 'rejected') continue;
    const a = docs.get(p.a);
    const b = docs.get(p.b);
    if (!a || !b || (!wanted.has(a.id) && !wanted.has(b.id))) continue;
    const ea = wanted.has(a.id) ? entry(a, p.srcSentences) : null;
    const eb = wanted.has(b.id) ? entry(b, p.tgtSentences) : null;
    for (const bead of p.beads) {
      if (ea && ea.spans === p.srcSentences) for (const i of bead.src) ea.partner.set(i, { doc: b, spans: p.tgtSentences, idx: bead.tgt });
      if (eb && eb.spans === p.tgtSentences) for (const i of bead.tgt) eb.partner.set(i, { doc: a, spans: p.srcSentences, idx: bead.src });
    }
  }
  for (const id of wanted) {
    const d = docs.get(id);
    if (d && !out.has(id))
      entry(
        d,
        splitSentences(d.originalText, segmentationLanguage(d.language)).map(({ start, end }) => ({ start, end })),
      );
  }
  return out;
}

function clip(t: string, n: number): string {
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** Where a finding stands and what surrounds it: one row of the QA report (HTML list or CSV). */
export interface FindingPlace {
  /** null when the finding's document is not in the corpus. */
  docName: string | null;
  /** 1-based line and column of the finding's start in the original text. */
  line: number;
  column: number;
  /** The sentence around the finding, split at the flagged text (inline codes removed). */
  before: string;
  flagged: string;
  after: string;
  /** The aligned sentence(s) of the other document; 'one-side-empty' when the bead has none. */
  aligned: { text: string; docName: string } | 'one-side-empty' | null;
}

function placeOf(f: CorpusFinding, idx: Map<string, DocIndex>): FindingPlace {
  const e = idx.get(f.docId);
  if (!e) return { docName: null, line: 0, column: 0, before: '', flagged: f.text, after: '', aligned: null };
  const d = e.doc;
  const line = floorIndex(e.lineStarts, f.start);
  const si = floorIndex(
    e.spans.map((x) => x.start),
    f.start,
  );
  const span = si >= 0 ? e.spans[si]! : { start: f.start, end: f.end };
  const from = Math.min(span.start, f.start);
  const to = Math.max(span.end, f.end);
  const t = d.originalText;
  const part = si >= 0 ? e.partner.get(si) : undefined;
  return {
    docName: d.name,
    line: line + 1,
    column: f.start - e.lineStarts[line]! + 1,
    before: stripCodes(clip(t.slice(from, f.start), 300)),
    flagged: stripCodes(t.slice(f.start, f.end)),
    after: stripCodes(clip(t.slice(f.end, to), 300)),
    aligned: !part
      ? null
      : part.idx.length
        ? {
            text: stripCodes(clip(part.idx.map((i) => part.doc.originalText.slice(part.spans[i]!.start, part.spans[i]!.end)).join(' '), 400)),
            docName: part.doc.name,
          }
        : 'one-side-empty',
  };
}

/** The anchor of a finding's row in report.html. */
export const findingAnchor = (id: string): string => `f-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export interface FindingsListOptions {
  uiLanguage: UiLanguage;
  maxRows: number;
  esc: (s: string) => string;
  categoryName: (c: string) => string;
  evidence: (f: CorpusFinding) => string;
}

/** Findings in report order: severity, then document order, then position. */
export function sortedFindings(corpus: BitextCorpus): CorpusFinding[] {
  const order = new Map(corpus.documents.map((d, i) => [d.id, i]));
  return [...corpus.findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (order.get(a.docId) ?? 0) - (order.get(b.docId) ?? 0) || a.start - b.start,
  );
}

export function* findingsList(s: ReportStrings, corpus: BitextCorpus, o: FindingsListOptions): Generator<string> {
  const { esc } = o;
  const L = s.list;
  yield `<h2 id="findings">${esc(L.title)}</h2>\n`;
  const all = sortedFindings(corpus);
  if (!all.length) {
    yield `<p>${esc(s.noFindings)}</p>\n`;
    return;
  }
  yield `<p class="muted">${esc(L.intro)}</p>\n`;
  const idx = indexDocs(corpus, all);
  const th = (label: string) => `<th scope="col">${esc(label)}</th>`;
  const firstOf = new Map<string, string>();
  for (const f of all.slice(0, o.maxRows)) if (!firstOf.has(f.severity)) firstOf.set(f.severity, f.id);
  const anchorOf = findingAnchor;
  yield `<p>${esc(L.sortBy)}: ${(['error', 'warning', 'info'] as const)
    .filter((v) => firstOf.has(v))
    .map((v) => `<a href="#${anchorOf(firstOf.get(v)!)}">${esc(s.severity[v])} (${all.filter((f) => f.severity === v).length})</a>`)
    .join(' · ')}</p>\n`;
  yield `<table class="findings"><thead><tr>${th('#')}${th(s.category)}${th(L.where)}${th(L.sentence)}${th(L.aligned)}${th(s.message)}${th(s.suggestions)}${th(L.status)}</tr></thead><tbody>\n`;
  let n = 0;
  for (const f of all.slice(0, o.maxRows)) {
    n++;
    const anchor = anchorOf(f.id);
    const at = placeOf(f, idx);
    const where = at.docName === null ? esc(f.docId) : `${esc(at.docName)}<br><span class="muted">${esc(L.position(at.line, at.column))}</span>`;
    const sentence = at.docName === null ? esc(clip(f.text, 240)) : `${esc(at.before)}<mark>${esc(at.flagged || ' ')}</mark>${esc(at.after)}`;
    const aligned =
      at.aligned === null
        ? `<span class="muted">${esc(L.noAligned)}</span>`
        : at.aligned === 'one-side-empty'
          ? `<span class="muted">${esc(L.oneSideEmpty)}</span>`
          : `${esc(at.aligned.text)}<br><span class="muted">${esc(at.aligned.docName)}</span>`;
    const sug = f.suggestions.map((x) => (x === '' ? esc(s.removed) : `“${esc(clip(x, 120))}”`)).join(' | ');
    yield (
      `<tr id="${anchor}" class="sev-${f.severity}">` +
      `<td class="n"><a href="#${anchor}">${n}</a></td>` +
      `<td><span class="sev-${f.severity}">${esc(s.severity[f.severity])}</span><br>${esc(o.categoryName(f.category))}<br><span class="muted">${esc(f.rule)}</span></td>` +
      `<td>${where}</td><td class="t">${sentence}</td><td class="t">${aligned}</td>` +
      `<td>${esc(renderMessage(f.message, o.uiLanguage))}${o.evidence(f)}</td><td class="t">${sug}</td><td>${esc(L.statusName[f.status] ?? f.status)}</td></tr>\n`
    );
  }
  yield '</tbody></table>\n';
  if (all.length > o.maxRows) yield `<p class="muted">${esc(s.more(all.length - o.maxRows))}</p>\n`;
}

/** Counts for the summary, from the same findings the list shows. */
export function findingCounts(corpus: BitextCorpus): { total: number; error: number; warning: number; info: number; open: number } {
  const c = { total: 0, error: 0, warning: 0, info: 0, open: 0 };
  for (const f of corpus.findings) {
    c.total++;
    c[f.severity]++;
    if (f.status === 'open') c.open++;
  }
  return c;
}

export const FINDINGS_CSV_COLUMNS = [
  'severity',
  'category',
  'rule',
  'document',
  'line',
  'column',
  'start',
  'end',
  'text',
  'sentence',
  'aligned_sentence',
  'aligned_document',
  'message',
  'suggestions',
  'status',
  'report_anchor',
] as const;

/** The findings as a spreadsheet (RFC 4180 CSV, one row per finding, every finding, in report
 *  order): what the HTML report shows, sortable and filterable by severity, document or rule in
 *  any spreadsheet or CAT tool. Column names are stable keys; messages are in the report's language. */
export function* findingsCsvChunks(corpus: BitextCorpus, uiLanguage: UiLanguage): Generator<string> {
  yield FINDINGS_CSV_COLUMNS.join(',') + '\r\n';
  const all = sortedFindings(corpus);
  const idx = indexDocs(corpus, all);
  for (const f of all) {
    const at = placeOf(f, idx);
    const aligned = at.aligned === null || at.aligned === 'one-side-empty' ? null : at.aligned;
    const cells = [
      f.severity,
      f.category,
      f.rule,
      at.docName ?? f.docId,
      at.docName === null ? '' : String(at.line),
      at.docName === null ? '' : String(at.column),
      String(f.start),
      String(f.end),
      f.text,
      at.docName === null ? '' : at.before + at.flagged + at.after,
      aligned?.text ?? '',
      aligned?.docName ?? '',
      renderMessage(f.message, uiLanguage),
      f.suggestions.join(' | '),
      f.status,
      `report.html#${findingAnchor(f.id)}`,
    ];
    yield cells.map(csvField).join(',') + '\r\n';
  }
}
