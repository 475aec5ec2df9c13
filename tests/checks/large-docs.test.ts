// Very large documents are checked alone, window by window (bounded memory, budget looked at
// throughout): the same local findings at the right offsets, unique ids, the budget and the
// cancel honoured, and the other documents checked as before.
import { describe, expect, it } from 'vitest';
import { CheckCancelled } from '../../shared/checks/engine.js';
import { checkCorpus } from '../../main/services/checks/run.js';
import { countSentences, detectLarge, spreadSample, windowSpans } from '../../main/services/checks/large-docs.js';
import { detectDocument } from '../../shared/lang/index.js';
import { analyzeText } from '../../main/services/analyze.js';
import { splitSentences } from '../../shared/segment/index.js';
import { hostileText } from '../helpers/hostile-files.js';

/** Prose with a doubled word planted in every 40th paragraph (a finding whose place is known). */
function proseWithDoubles(bytes: number): { text: string; planted: number[] } {
  const paras = hostileText.ordinary(bytes).split('\n\n');
  const planted: number[] = [];
  let at = 0;
  const out = paras.map((p, i) => {
    const s = i % 40 === 5 ? `It was the the end. ${p}` : p;
    if (i % 40 === 5) planted.push(at + 'It was '.length);
    at += s.length + 2;
    return s;
  });
  return { text: out.join('\n\n'), planted };
}

const small = { name: 'small.txt', text: 'The council said that the bridge would reopen in spring. The the minister confirmed it.\n' };

describe('windows of a large document', () => {
  it('cover the text exactly, end at breaks, and stay within the size', () => {
    const { text } = proseWithDoubles(300_000);
    const spans = windowSpans(text, 20_000);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      expect(s.end - s.start).toBeLessThanOrEqual(20_000);
      if (i > 0) expect(s.start).toBe(spans[i - 1]!.end);
      if (s.end < text.length) expect(text.slice(s.end - 2, s.end)).toBe('\n\n');
    }
    // No break at all: hard cuts, still covering everything.
    const run = 'x'.repeat(50_000);
    expect(windowSpans(run, 20_000).map((s) => s.end - s.start)).toEqual([20_000, 20_000, 10_000]);
  });

  it('a spread sample maps back to the text piece by piece', () => {
    const { text } = proseWithDoubles(2_000_000);
    const sample = spreadSample(text, 100_000);
    expect(sample.text.length).toBeLessThanOrEqual(100_000 + 2 * 16);
    expect(sample.pieces.length).toBe(16);
    expect(sample.pieces.at(-1)!.from).toBeGreaterThan(text.length * 0.9);
    for (const p of sample.pieces) expect(sample.text.slice(p.at, p.at + p.length)).toBe(text.slice(p.from, p.from + p.length));
  });

  it('finds the same local findings as the whole-document check, at document offsets, with unique ids', () => {
    const { text, planted } = proseWithDoubles(200_000);
    const whole = checkCorpus([{ name: 'big.txt', text }, small], { spell: false });
    const windowed = checkCorpus([{ name: 'big.txt', text }, small], { spell: false, windowChars: 20_000 });
    const doubled = (r: typeof whole) =>
      r.findings
        .filter((f) => f.docId === 'doc0' && f.rule === 'repetition.doubled-word')
        .map((f) => f.start)
        .sort((a, b) => a - b);
    expect(doubled(windowed)).toEqual(planted);
    expect(doubled(windowed)).toEqual(doubled(whole));
    for (const f of windowed.findings) {
      const t = f.docId === 'doc0' ? text : small.text;
      expect(t.slice(f.start, f.end)).toBe(f.text);
    }
    expect(new Set(windowed.findings.map((f) => f.id)).size).toBe(windowed.findings.length);
    // The small document is checked as before.
    const smallOf = (r: typeof whole) => r.findings.filter((f) => f.docId === 'doc1').map((f) => [f.rule, f.start, f.id]);
    expect(smallOf(windowed)).toEqual(smallOf(whole));
    expect(windowed.docs.map((d) => d.language)).toEqual(['en', 'en']);
  });

  it('past its budget, the large document keeps the findings of the windows checked to the end and says where it stopped', () => {
    // The budget is stopped at a chosen point, not by the machine's speed: the clock jumps past
    // the deadline once progress is halfway into the second window.
    const { text, planted } = proseWithDoubles(200_000);
    const spans = windowSpans(text, 20_000);
    let late = false;
    const timedOut: Array<[string, unknown]> = [];
    const r = checkCorpus([{ name: 'big.txt', text }, small], {
      spell: false,
      windowChars: 20_000,
      docTimeLimitMs: 1_000,
      now: () => (late ? 1e15 : 0),
      // With a large document, progress is in hundredths of a step and it is the last step: its
      // own fraction is 1 - (total - done) / 100 (≤ 0 while the ordinary documents run).
      onProgress: (done, total) => {
        if (1 - (total - done) / 100 >= 1.5 / spans.length) late = true;
      },
      onDocTimeout: (id, partial) => timedOut.push([id, partial]),
    });
    expect(timedOut).toHaveLength(1);
    const [id, partial] = timedOut[0]! as [string, { checkedChars: number; totalChars: number }];
    expect(id).toBe('doc0');
    expect(partial.totalChars).toBe(text.length);
    // Stopped in the second window (nothing of it kept) or just after it.
    expect([spans[0]!.end, spans[1]!.end]).toContain(partial.checkedChars);
    const doubled = r.findings.filter((f) => f.docId === 'doc0' && f.rule === 'repetition.doubled-word').map((f) => f.start);
    expect(doubled).toEqual(planted.filter((p) => p < partial.checkedChars));
    expect(doubled.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.docId !== 'doc0' || f.end <= partial.checkedChars)).toBe(true);
    expect(r.findings.some((f) => f.docId === 'doc1' && f.rule === 'repetition.doubled-word')).toBe(true);
  });

  it('stopped before its first window ends, the large document has no findings and no partial', () => {
    const { text } = proseWithDoubles(200_000);
    const timedOut: Array<[string, unknown]> = [];
    const r = checkCorpus([{ name: 'big.txt', text }, small], {
      spell: false,
      windowChars: 20_000,
      docTimeLimitMs: 1_000,
      now: (() => {
        let calls = 0;
        return () => (++calls > 2 ? 1e15 : 0);
      })(),
      onDocTimeout: (id, partial) => timedOut.push([id, partial]),
    });
    expect(timedOut).toEqual([['doc0', undefined]]);
    expect(r.findings.some((f) => f.docId === 'doc0')).toBe(false);
    expect(r.findings.some((f) => f.docId === 'doc1')).toBe(true);
  });

  it('budgetFrom: the time before its windows (reading, start-up) counts against the large document, not the ordinary ones', () => {
    const { text } = proseWithDoubles(200_000);
    const timedOut: Array<[string, unknown]> = [];
    // The caller started a minute ago with a one-second budget: nothing is left for the windows.
    const r = checkCorpus([{ name: 'big.txt', text }, small], {
      spell: false,
      windowChars: 20_000,
      docTimeLimitMs: 1_000,
      budgetFrom: Date.now() - 60_000,
      onDocTimeout: (id, partial) => timedOut.push([id, partial]),
    });
    expect(timedOut).toEqual([['doc0', undefined]]);
    expect(r.findings.some((f) => f.docId === 'doc0')).toBe(false);
    // The ordinary document has its own budget and is checked as usual.
    expect(r.findings.some((f) => f.docId === 'doc1' && f.rule === 'repetition.doubled-word')).toBe(true);
  });

  it('the cancel stops a large document (CheckCancelled), progress only moves forward', () => {
    const { text } = proseWithDoubles(400_000);
    let calls = 0;
    const signal = {
      get aborted() {
        return ++calls > 200;
      },
    };
    expect(() => checkCorpus([{ name: 'big.txt', text }], { spell: false, windowChars: 10_000, signal })).toThrow(CheckCancelled);
    const seen: number[] = [];
    checkCorpus([{ name: 'big.txt', text: text.slice(0, 60_000) }, small], {
      spell: false,
      windowChars: 10_000,
      onProgress: (done, total) => seen.push(done / total),
    });
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  it('the language of a large document comes from a spread sample: same answer, segments at their places in the text', () => {
    const { text } = proseWithDoubles(2_300_000);
    const whole = detectDocument(text, { languages: ['en', 'fr'] });
    const sampled = detectLarge(text, { languages: ['en', 'fr'] });
    expect(sampled.language).toBe(whole.language);
    expect(sampled.segments.length).toBeGreaterThan(100);
    expect(sampled.segments.length).toBeLessThan(whole.segments.length / 2);
    const byStart = new Map(whole.segments.map((s) => [s.start, s]));
    for (const s of sampled.segments) expect(byStart.get(s.start)).toMatchObject({ end: s.end, language: s.language });
    // Sentences counted window by window: the same count as one split of the whole.
    expect(countSentences(text, 'en', splitSentences)).toBe(splitSentences(text, 'en').length);
  });

  it('the import analysis of a large text: its language, a bounded set of segments, exact counts', () => {
    const { text } = proseWithDoubles(2_300_000);
    const r = analyzeText(text, ['en', 'fr']);
    expect(r.detection.language).toBe('en');
    const paragraphs = text.split('\n\n').length;
    expect(r.detection.segments.length).toBeGreaterThan(0);
    expect(r.detection.segments.length).toBeLessThan(paragraphs / 2);
    for (const seg of r.detection.segments) expect(seg.end).toBeLessThanOrEqual(text.length);
    expect(r.stats.chars).toBe(text.length);
    expect(r.stats.sentences).toBe(splitSentences(text, 'en').length);
  });
});
