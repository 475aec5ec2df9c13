// The QA report: ONE self-contained HTML file (inline CSS, no scripts, no external resources)
// in the UI language, printable. What was found per category, what was changed (before → after,
// by which check or by hand), and what is still open (open findings, unconfirmed alignments).
// Every piece of document text goes through esc(): the corpus is untrusted input.
import { renderMessage } from '../checks/messages/render.js';
import { REPORT_STRINGS, type ReportStrings } from './report-strings.js';
import { droppedBeads } from './one-sided.js';
import { primaryLanguage } from './lang-tag.js';
import { planPairs } from './segments.js';
import { noteText } from './notes.js';
import { findingCounts, findingsList } from './report-findings.js';
import { stripCodes } from './inline.js';
import { stripUnsafeChars, emptyRemoved } from './text-clean.js';
import type { BitextCorpus, CorpusFinding, UiLanguage } from './types.js';

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return stripUnsafeChars(s, emptyRemoved()).replace(HTML_SPECIAL, (c) => HTML_ENTITY[c]!);
}
const esc = escapeHtml;

export interface ReportOptions {
  uiLanguage: UiLanguage;
  /** Segment pairs written to the bilingual exports (shown in the summary when known). */
  exportedSegments?: number;
  /** Rows per long list before "… and N more". */
  maxRows?: number;
  /** ISO date shown as generation date (default: now). */
  now?: string;
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}
.t{white-space:pre-wrap;overflow-wrap:anywhere}.del{background:#fde2e1;text-decoration:line-through}.ins{background:#dff5e1}
.muted{color:#555}.sev-error{font-weight:600}mark{background:#fff0a8;color:inherit}tr:target{outline:2px solid #c60}ul.ev{margin:.2rem 0 0;padding-left:1.1rem;font-size:.9em}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}tr{break-inside:avoid}th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media (prefers-color-scheme:dark){@media screen{body{background:#161616;color:#eee}th{background:#2a2a2a}th,td{border-color:#444}.del{background:#5a2a2a}.ins{background:#244a2a}.muted{color:#aaa}}}
`;

function categoryName(s: ReportStrings, c: string): string {
  return s.categories[c] ?? c;
}

function docName(corpus: BitextCorpus): (id: string) => string {
  const m = new Map(corpus.documents.map((d) => [d.id, d.name]));
  return (id) => m.get(id) ?? id;
}

function clip(t: string, n = 240): string {
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** The finding's evidence lines in the report's language, under its message (none: nothing). */
function evidenceList(s: ReportStrings, f: CorpusFinding, lang: UiLanguage): string {
  if (!f.evidence?.length) return '';
  return `<ul class="ev muted" aria-label="${esc(s.evidence)}">${f.evidence.map((e) => `<li>${esc(clip(renderMessage(e, lang)))}</li>`).join('')}</ul>`;
}

function* findingsTable(s: ReportStrings, findings: readonly CorpusFinding[]): Generator<string> {
  const counts = new Map<string, Record<'open' | 'accepted' | 'rejected', number>>();
  for (const f of findings) {
    const c = counts.get(f.category) ?? { open: 0, accepted: 0, rejected: 0 };
    // Fixed by a suggestion or by the editor's own words: both are "fixed" here.
    c[f.status === 'edited' ? 'accepted' : f.status]++;
    counts.set(f.category, c);
  }
  yield `<h2>${esc(s.findingsByCategory)}</h2>\n`;
  if (!counts.size) {
    yield `<p>${esc(s.noFindings)}</p>\n`;
    return;
  }
  yield `<table><thead><tr><th>${esc(s.category)}</th><th>${esc(s.open)}</th><th>${esc(s.accepted)}</th><th>${esc(s.rejected)}</th><th>${esc(s.total)}</th></tr></thead><tbody>\n`;
  const tot = { open: 0, accepted: 0, rejected: 0 };
  for (const [cat, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    tot.open += c.open;
    tot.accepted += c.accepted;
    tot.rejected += c.rejected;
    yield `<tr><td>${esc(categoryName(s, cat))}</td><td class="n">${c.open}</td><td class="n">${c.accepted}</td><td class="n">${c.rejected}</td><td class="n">${c.open + c.accepted + c.rejected}</td></tr>\n`;
  }
  yield `<tr><th>${esc(s.total)}</th><th class="n">${tot.open}</th><th class="n">${tot.accepted}</th><th class="n">${tot.rejected}</th><th class="n">${tot.open + tot.accepted + tot.rejected}</th></tr>\n</tbody></table>\n`;
}

export function* reportChunks(corpus: BitextCorpus, o: ReportOptions): Generator<string> {
  const s = REPORT_STRINGS[o.uiLanguage];
  const max = o.maxRows ?? 1000;
  const name = docName(corpus);
  const when = new Intl.DateTimeFormat(o.uiLanguage, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(o.now ?? Date.now())) + ' UTC';
  const nf = new Intl.NumberFormat(o.uiLanguage);
  yield (
    `<!DOCTYPE html>\n<html lang="${o.uiLanguage}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(s.title)} — ${esc(corpus.name)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n`
  );
  yield `<h1>${esc(s.title)} — ${esc(corpus.name)}</h1>\n<p class="muted">${esc(s.generated(when))}</p>\n`;

  // Summary.
  const { plans } = planPairs(corpus);
  const dropped = [...droppedBeads(corpus)];
  let beads = 0;
  let confirmed = 0;
  for (const p of plans)
    for (const b of p.pair.beads) {
      beads++;
      if (b.confirmed) confirmed++;
    }
  const fc = findingCounts(corpus);
  const yields: string[] = [];
  yield (
    `<h2>${esc(s.summary)}</h2>\n<table><tbody>\n` +
    `<tr><th>${esc(s.documents)}</th><td class="n">${nf.format(corpus.documents.length)}</td></tr>\n` +
    `<tr><th>${esc(s.pairs)}</th><td class="n">${nf.format(plans.length)}</td></tr>\n` +
    `<tr><th>${esc(s.beads)}</th><td class="n">${nf.format(beads)}</td></tr>\n` +
    `<tr><th>${esc(s.confirmedBeads)}</th><td class="n">${nf.format(confirmed)}</td></tr>\n` +
    `<tr><th>${esc(s.unconfirmedBeads)}</th><td class="n">${nf.format(beads - confirmed)}</td></tr>\n` +
    (o.exportedSegments !== undefined ? `<tr><th>${esc(s.exportedSegments)}</th><td class="n">${nf.format(o.exportedSegments)}</td></tr>\n` : '') +
    `<tr><th>${esc(s.leftOutBeads)}</th><td class="n">${nf.format(dropped.length)}</td></tr>\n` +
    `<tr><th><a href="#findings">${esc(s.list.findingsTotal)}</a></th><td class="n">${nf.format(fc.total)}</td></tr>\n` +
    `<tr><th>${esc(s.list.bySeverity)}</th><td class="n">${nf.format(fc.error)} · ${nf.format(fc.warning)} · ${nf.format(fc.info)}</td></tr>\n` +
    `<tr><th>${esc(s.list.openFindings)}</th><td class="n">${nf.format(fc.open)}</td></tr>\n` +
    '</tbody></table>\n'
  );
  if (corpus.notes?.length) yield `<h3>${esc(s.notes)}</h3>\n<ul>${corpus.notes.map((n) => `<li>${esc(noteText(n, o.uiLanguage))}</li>`).join('')}</ul>\n`;

  // Document languages.
  yield `<h2>${esc(s.languages)}</h2>\n<table><thead><tr><th>${esc(s.document)}</th><th>${esc(s.language)}</th><th>${esc(s.detected)}</th><th>${esc(s.confidence)}</th><th>${esc(s.reviewed)}</th></tr></thead><tbody>\n`;
  for (const d of corpus.documents) {
    yield `<tr><td class="t">${esc(d.name)}</td><td>${esc(d.language)}</td><td>${esc(d.detectedLanguage)}</td><td class="n">${nf.format(Math.round(d.confidence * 100) / 100)}</td><td>${esc(d.reviewed ? s.yes : s.no)}</td></tr>\n`;
  }
  yield '</tbody></table>\n';

  yield* findingsTable(s, corpus.findings);
  yield* findingsList(s, corpus, {
    uiLanguage: o.uiLanguage,
    maxRows: max,
    esc,
    categoryName: (c) => categoryName(s, c),
    evidence: (f) => evidenceList(s, f, o.uiLanguage),
  });

  // Changes.
  yield `<h2>${esc(s.changes)}</h2>\n`;
  const edits = corpus.documents.flatMap((d) => d.edits.map((e) => ({ d, e })));
  if (!edits.length) yield `<p>${esc(s.noChanges)}</p>\n`;
  else {
    yield `<table><thead><tr><th>${esc(s.document)}</th><th>${esc(s.before)}</th><th>${esc(s.after)}</th><th>${esc(s.by)}</th></tr></thead><tbody>\n`;
    for (const { d, e } of edits.slice(0, max)) {
      const after = e.after === '' ? `<span class="muted">${esc(s.removed)}</span>` : `<span class="ins">${esc(clip(e.after))}</span>`;
      const by = e.source === 'manual' ? esc(s.byHand) : `${esc(categoryName(s, e.source.split('.')[0]!))} <span class="muted">(${esc(e.source)})</span>`;
      yield `<tr><td class="t">${esc(d.name)}</td><td class="t"><span class="del">${esc(clip(e.before))}</span></td><td class="t">${after}</td><td>${by}</td></tr>\n`;
    }
    yield '</tbody></table>\n';
    if (edits.length > max) yield `<p class="muted">${esc(s.more(edits.length - max))}</p>\n`;
  }

  // Beads left out because of a one-sided removal (one-sided.ts).
  yield `<h2>${esc(s.oneSided)}</h2>\n`;
  if (!dropped.length) yield `<p>${esc(s.noOneSided)}</p>\n`;
  else {
    yield `<p>${esc(s.oneSidedWhy)}</p>\n<table><thead><tr><th>${esc(s.pair)}</th><th>${esc(s.bead)}</th><th>${esc(corpus.languages[0])}</th><th>${esc(corpus.languages[1])}</th></tr></thead><tbody>\n`;
    for (const d of dropped.slice(0, max)) {
      const cell = (t: string, n: number) =>
        `<td class="t">${n ? `<span class="del">${esc(clip(t))}</span><br><span class="muted">${esc(s.removedSentences(n))}</span>` : esc(clip(t))}</td>`;
      // Oriented like the exports: the corpus's first language on the left.
      const flip = primaryLanguage(d.aLang) === primaryLanguage(corpus.languages[1]);
      const [l, r] = flip
        ? [cell(d.bText, d.removed.b.length), cell(d.aText, d.removed.a.length)]
        : [cell(d.aText, d.removed.a.length), cell(d.bText, d.removed.b.length)];
      yield `<tr><td class="t">${esc(flip ? d.bName : d.aName)} ↔ ${esc(flip ? d.aName : d.bName)}</td><td class="n">${d.bead + 1}</td>${l}${r}</tr>\n`;
    }
    yield '</tbody></table>\n';
    if (dropped.length > max) yield `<p class="muted">${esc(s.more(dropped.length - max))}</p>\n`;
  }

  // Still open: the open findings are in the list above (sorted by severity); every bead nobody
  // confirmed is listed here, one-sided ones too, so that the count agrees with the summary.
  yield `<h2>${esc(s.stillOpen)}</h2>\n<h3>${esc(s.openFindings)}</h3>\n`;
  yield fc.open ? `<p><a href="#findings">${esc(s.list.openFindings)}: ${nf.format(fc.open)}</a></p>\n` : `<p>${esc(s.noOpenFindings)}</p>\n`;
  yield `<h3>${esc(s.unconfirmedList)}</h3>\n`;
  const unconfirmed = beads - confirmed;
  if (!unconfirmed) yield `<p>${esc(s.noUnconfirmed)}</p>\n`;
  else {
    yield `<p class="muted">${esc(s.list.unconfirmedShown(Math.min(unconfirmed, max), unconfirmed))}</p>\n`;
    yield `<table><thead><tr><th>${esc(s.pair)}</th><th>${esc(s.bead)}</th><th>${esc(s.confidence)}</th><th>${esc(corpus.languages[0])}</th><th>${esc(corpus.languages[1])}</th></tr></thead><tbody>\n`;
    let shown = 0;
    const text = (doc: (typeof plans)[number]['src'], spans: readonly { start: number; end: number }[], idx: number[]) =>
      idx.length
        ? esc(clip(stripCodes(idx.map((i) => doc.originalText.slice(spans[i]!.start, spans[i]!.end)).join(' '))))
        : `<span class="muted">${esc(s.list.oneSideEmpty)}</span>`;
    for (const plan of plans) {
      const [srcSpans, tgtSpans] = plan.swapped ? [plan.pair.tgtSentences, plan.pair.srcSentences] : [plan.pair.srcSentences, plan.pair.tgtSentences];
      plan.pair.beads.forEach((b, i) => {
        if (b.confirmed || shown >= max) return;
        shown++;
        const [si, ti] = plan.swapped ? [b.tgt, b.src] : [b.src, b.tgt];
        yields.push(
          `<tr><td class="t">${esc(plan.src.name)} ↔ ${esc(plan.tgt.name)}</td><td class="n">${i + 1}</td><td class="n">${nf.format(Math.round(b.confidence * 1e4) / 1e4)}</td>` +
            `<td class="t">${text(plan.src, srcSpans, si)}</td><td class="t">${text(plan.tgt, tgtSpans, ti)}</td></tr>\n`,
        );
      });
      yield* yields.splice(0);
    }
    yield '</tbody></table>\n';
    if (unconfirmed > max) yield `<p class="muted">${esc(s.more(unconfirmed - max))}</p>\n`;
  }
  yield '</body>\n</html>\n';
}
