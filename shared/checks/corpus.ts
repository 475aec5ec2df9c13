// Corpus model built once per run: tokens, lines and sentences of every document, and name
// statistics gathered over all documents (a word used as a name anywhere is a name). A check
// session keeps it between runs: replaceDocuments() swaps edited documents in, the statistics
// move by the documents' delta, and the entries that moved are reported (engine.ts re-checks
// the documents whose rules read them: reads are recorded through TrackedCounts).
import type { CheckContext, CheckTools, CorpusDoc, PartnerLink, SentenceSpan, SpellChecker } from './types.js';
import type { Glossary, GlossaryEntry } from './glossary/types.js';
import { emptyGlossary } from './glossary/types.js';
import { defaultProfile, type CheckProfile } from './profile.js';
import { FUNCTION_WORDS } from './util/lexicon.js';
import { resolveCheckData, type ResolvedCheckData } from './data/check-data.js';
import { isAllCaps, isSentenceInitial, isUpperInitial, splitLines, tokenAt, tokenize, wordKey, type Line, type Token } from './util/text.js';

export interface DocView {
  doc: CorpusDoc;
  lang: string;
  text: string;
  tokens: Token[];
  lines: Line[];
  /** Non-empty lines: the paragraphs of plain-text news. */
  paragraphs: Line[];
  sentences: SentenceSpan[];
}

/**
 * A statistic (word → count) whose reads can be recorded: while a rule runs on one document the
 * engine points `reads` at that run's set, and every key looked up lands in it (prefixed by the
 * statistic's tag). The same entries, when an edit moves them, say which runs to redo.
 */
export class TrackedCounts extends Map<string, number> {
  reads: Set<string> | null = null;
  constructor(readonly tag: string) {
    super();
  }
  override get(key: string): number | undefined {
    if (this.reads) this.reads.add(this.tag + key);
    return super.get(key);
  }
  override has(key: string): boolean {
    if (this.reads) this.reads.add(this.tag + key);
    return super.has(key);
  }
  /** Adds n (may be negative); an entry at 0 is removed (has() must answer as a fresh count would). */
  bump(key: string, n: number): void {
    const v = (super.get(key) ?? 0) + n;
    if (v === 0) this.delete(key);
    else this.set(key, v);
  }
}

/** Per-language vocabularies: looking a language up is a read too ('L' + language). */
class TrackedVocab extends Map<string, TrackedCounts> {
  reads: Set<string> | null = null;
  override get(lang: string): TrackedCounts | undefined {
    if (this.reads) this.reads.add('L' + lang);
    return super.get(lang);
  }
  override has(lang: string): boolean {
    if (this.reads) this.reads.add('L' + lang);
    return super.has(lang);
  }
}

/** Tag of the read "looked at other documents or at the partner links" (any edit may change it). */
export const OTHER_DOCUMENTS = '*';

/** The documents by id; a rule that looks another document up while tracked reads OTHER_DOCUMENTS. */
class DocIndex extends Map<string, DocView> {
  reads: Set<string> | null = null;
  own: string | undefined;
  override get(id: string): DocView | undefined {
    if (this.reads && id !== this.own) this.reads.add(OTHER_DOCUMENTS);
    return super.get(id);
  }
}

export interface SlotHit {
  token: Token;
  slot: 'subject' | 'after';
  cue: string;
}

export class CorpusModel {
  private readonly docViews: DocView[];
  /** Every document's view, in corpus order (read by a rule on one document: OTHER_DOCUMENTS). */
  get views(): DocView[] {
    if (this.docIndex.reads) this.docIndex.reads.add(OTHER_DOCUMENTS);
    return this.docViews;
  }
  private readonly docIndex = new DocIndex();
  get byId(): Map<string, DocView> {
    return this.docIndex;
  }
  readonly glossary: Glossary;
  readonly profile: CheckProfile;
  private links: PartnerLink[];
  /** The partner links in effect (replaced by setPartners in a check session). */
  get partners(): PartnerLink[] {
    if (this.docIndex.reads) this.docIndex.reads.add(OTHER_DOCUMENTS);
    return this.links;
  }
  /** The word lists and patterns of this run: the versioned defaults with the profile's changes. */
  readonly data: ResolvedCheckData;
  private rejectedPairs: Set<string>;
  readonly spell: SpellChecker | undefined;
  readonly tools: CheckTools;
  /** Capitalised form → times it follows a given name or title ("Antony Blinken", "Mr Young"). */
  readonly nameEvidence: Map<string, number> = new TrackedCounts('n');
  /** Lowercase words seen lowercase in the corpus, per language. */
  readonly lowerVocab: Map<string, Map<string, number>> = new TrackedVocab();
  /** Lowercase form of every capitalised token (any document) → count: names "known to the corpus". */
  readonly capitalised: Map<string, number> = new TrackedCounts('c');
  readonly glossaryNames = new Set<string>();
  private slotCache = new Map<string, SlotHit[]>();
  private memos = new Map<string, unknown>();
  private interned = new Map<string, number>();

  /**
   * Per-run cache shared by rules (e.g. version pairs used by two checks). A key naming documents
   * (its ':'-separated parts) is dropped when one of them is replaced; a key naming none is
   * corpus-wide and dropped at every replacement. While a rule that reads corpus statistics runs
   * on one document, keys not naming that document are cached for that run only: a value built
   * from statistics on behalf of one document would hide those reads from another.
   */
  memo<T>(key: string, make: () => T): T {
    const local = this.localMemo;
    if (local && !key.split(':').includes(local.docId)) {
      if (local.map.has(key)) return local.map.get(key) as T;
      const v = make();
      local.map.set(key, v);
      return v;
    }
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = make();
    this.memos.set(key, v);
    return v;
  }
  private localMemo: { docId: string; map: Map<string, unknown> } | null = null;

  /**
   * Records the statistics read (into `reads`) and keeps the run's own cache, until called with
   * null. Called by the engine around a rule's run on one document.
   */
  track(reads: Set<string> | null, docId?: string, localMemo = false): void {
    (this.nameEvidence as TrackedCounts).reads = reads;
    (this.capitalised as TrackedCounts).reads = reads;
    (this.lowerVocab as TrackedVocab).reads = reads;
    this.docIndex.reads = reads;
    this.docIndex.own = docId;
    for (const m of this.lowerVocab.values()) (m as TrackedCounts).reads = reads;
    this.localMemo = reads && docId !== undefined && localMemo ? { docId, map: new Map() } : null;
  }

  intern(word: string): number {
    let id = this.interned.get(word);
    if (id === undefined) {
      this.interned.set(word, (id = this.interned.size + 1));
      // Packed arrays indexed by id (ids are dense): the form as wordKey splits it.
      this.keyParts.push(JOINER.test(word) ? word.replace(JOINERS, ' ') : word);
    }
    return id;
  }
  private readonly internFn = (w: string): number => this.intern(w);

  private subIds = new Map<number, number[]>();
  /**
   * Interned ids of the words of a span, as wordKey splits them ("états-unis" → états, unis),
   * in order. For word-set comparisons without building strings.
   */
  spanWordIds(v: DocView, start: number, end: number): number[] {
    const toks = v.tokens;
    let i = tokenAt(toks, start);
    const out: number[] = [];
    const fallback = () => {
      const k = wordKey(v.text.slice(start, end));
      return k ? k.split(' ').map((w) => this.intern(w)) : [];
    };
    if (i < toks.length && toks[i]!.start < start) return fallback();
    for (; i < toks.length && toks[i]!.start < end; i++) {
      const t = toks[i]!;
      if (t.end > end) return fallback();
      const part = this.keyParts[t.id]!;
      if (part === t.lower) {
        out.push(t.id);
        continue;
      }
      let sub = this.subIds.get(t.id);
      if (sub === undefined) this.subIds.set(t.id, (sub = part.split(' ').map((w) => this.intern(w))));
      for (const x of sub) out.push(x);
    }
    return out;
  }

  /** The token's words as wordKey sees them ("états-unis" → "états unis"), by interned id. */
  private readonly keyParts: string[] = [''];

  /**
   * Words of each paragraph / sentence as interned ids (computed once, shared by the checks).
   * Equal id lists ⇔ equal wordKey; compare lines through sameWords / wordsHash, not strings.
   */
  paragraphWords(v: DocView): number[][] {
    return this.memo(`pwords:${v.doc.id}`, () => v.paragraphs.map((p) => this.spanWordIds(v, p.start, p.end)));
  }
  sentenceWords(v: DocView): number[][] {
    return this.memo(`swords:${v.doc.id}`, () => v.sentences.map((s) => this.spanWordIds(v, s.start, s.end)));
  }

  /** Token starts of the document's speaker slots. */
  slotStarts(v: DocView): Set<number> {
    return this.memo(`slots:${v.doc.id}`, () => new Set(this.speakerSlots(v).map((s) => s.token.start)));
  }

  /** onError: told about a failure the model carries on from (shared/ has no logger). */
  constructor(ctx: CheckContext, onError?: (event: string, data: Record<string, unknown>) => void) {
    this.glossary = ctx.glossary ?? emptyGlossary();
    this.profile = ctx.profile ?? defaultProfile();
    this.data = resolveCheckData(this.profile.data);
    this.links = ctx.partners ?? [];
    this.rejectedPairs = new Set((ctx.rejectedPairs ?? []).flatMap((p) => [`${p.a}\u0000${p.b}`, `${p.b}\u0000${p.a}`]));
    this.spell = ctx.spell ? memoSpell(ctx.spell) : undefined;
    this.tools = ctx.tools ?? {};
    this.onError = onError;
    this.docViews = ctx.docs.map((doc) => {
      const v = this.makeView(doc);
      this.byId.set(doc.id, v);
      return v;
    });
    for (const e of this.glossary.entries) if (e.kind === 'name') for (const t of allTerms(e)) this.glossaryNames.add(t);
    for (const v of this.docViews) this.gather(v, 1);
  }
  private readonly onError: ((event: string, data: Record<string, unknown>) => void) | undefined;

  private makeView(doc: CorpusDoc): DocView {
    const lang = doc.language.toLowerCase().slice(0, 2);
    const lines = splitLines(doc.text);
    const paragraphs = lines.filter((l) => l.text.trim() !== '');
    let sentences: SentenceSpan[];
    try {
      const split = this.tools.splitSentences;
      sentences = split ? split(doc.text, lang) : [];
    } catch (error) {
      this.onError?.('checks.splitFailed', { docId: doc.id, error });
      sentences = [];
    }
    // Without a splitter, a paragraph stands for a sentence: rules degrade but still run.
    if (sentences.length === 0) sentences = paragraphs.map((p, i) => ({ start: p.start, end: p.end, text: p.text, paragraph: i }));
    return { doc, lang, text: doc.text, tokens: tokenize(doc.text, this.internFn), lines, paragraphs, sentences };
  }

  /**
   * Adds (sign 1) or takes away (sign -1) one document's share of the corpus statistics: into
   * the statistics, or into `delta` (tagged entry → change) to apply at once after a replacement.
   */
  private gather(v: DocView, sign: 1 | -1, delta?: Map<string, { m: TrackedCounts; key: string; n: number }>): void {
    const fw = FUNCTION_WORDS[v.lang] ?? new Set<string>();
    let vocab = this.lowerVocab.get(v.lang) as TrackedCounts | undefined;
    if (!vocab) this.lowerVocab.set(v.lang, (vocab = new TrackedCounts(`v${v.lang}:`)));
    const caps = this.capitalised as TrackedCounts;
    const names = this.nameEvidence as TrackedCounts;
    const add = delta
      ? (m: TrackedCounts, key: string) => {
          const k = m.tag + key;
          const d = delta.get(k);
          if (d) d.n += sign;
          else delta.set(k, { m, key, n: sign });
        }
      : (m: TrackedCounts, key: string) => m.bump(key, sign);
    const toks = v.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isUpperInitial(t.text)) {
        add(vocab, t.lower);
        continue;
      }
      add(caps, t.lower);
      const p = toks[i - 1];
      // Directly preceded (one space) by a capitalised non-function word: a given name or a title.
      if (p && t.start - p.end === 1 && isSpaceCode(v.text.charCodeAt(p.end)) && isUpperInitial(p.text) && !fw.has(p.lower) && !isAllCaps(p.text)) {
        add(names, t.text);
      }
    }
  }

  /**
   * Swaps in new texts (or languages) of documents already in the model, same ids, same order.
   * Returns the statistic entries whose value changed, tagged as reads are recorded ('c'
   * capitalised, 'n' name evidence, 'v<lang>:' a vocabulary, 'L<lang>' a vocabulary's presence),
   * for the engine to find the runs that read them.
   */
  replaceDocuments(docs: readonly CorpusDoc[]): Set<string> {
    const delta = new Map<string, { m: TrackedCounts; key: string; n: number }>();
    const langsBefore = new Set(this.lowerVocab.keys());
    const fresh: DocView[] = [];
    for (const doc of docs) {
      const old = this.byId.get(doc.id);
      if (!old) throw new Error(`replaceDocuments: unknown document ${doc.id}`);
      this.gather(old, -1, delta);
      const v = this.makeView(doc);
      this.docViews[this.docViews.indexOf(old)] = v;
      this.byId.set(doc.id, v);
      this.slotCache.delete(doc.id);
      fresh.push(v);
    }
    for (const v of fresh) this.gather(v, 1, delta);
    const changed = new Set<string>();
    for (const [k, d] of delta) {
      if (d.n === 0) continue;
      d.m.bump(d.key, d.n);
      changed.add(k);
    }
    // A language no document has any more: as if it had never been seen (a fresh model has no entry).
    const langs = new Set(this.docViews.map((v) => v.lang));
    for (const lang of [...this.lowerVocab.keys()]) if (!langs.has(lang)) this.lowerVocab.delete(lang);
    for (const lang of new Set([...langsBefore, ...this.lowerVocab.keys()])) if (langsBefore.has(lang) !== this.lowerVocab.has(lang)) changed.add('L' + lang);
    this.speakerSet = undefined;
    this.dropMemos((ids) => ids.length === 0 || docs.some((d) => ids.includes(d.id)));
    return changed;
  }

  /** New partner links / rejected pairs; true when they differ from the ones in effect. */
  setPartners(partners: PartnerLink[], rejectedPairs: Array<{ a: string; b: string }> = []): boolean {
    const rejected = new Set(rejectedPairs.flatMap((p) => [`${p.a}\u0000${p.b}`, `${p.b}\u0000${p.a}`]));
    const same =
      JSON.stringify(partners) === JSON.stringify(this.links) &&
      rejected.size === this.rejectedPairs.size &&
      [...rejected].every((k) => this.rejectedPairs.has(k));
    if (same) return false;
    this.links = partners;
    this.rejectedPairs = rejected;
    // Link sentences and version pairs are built from the links.
    this.dropMemos((ids, key) => ids.length === 0 || key.startsWith('link:'));
    return true;
  }

  private dropMemos(drop: (docIds: string[], key: string) => boolean): void {
    for (const key of [...this.memos.keys()]) {
      const ids = key.split(':').filter((part) => this.byId.has(part));
      if (drop(ids, key)) this.memos.delete(key);
    }
  }

  /** A capitalised form used as a name somewhere in the corpus or the glossary. */
  isKnownName(form: string): boolean {
    return (this.nameEvidence.get(form) ?? 0) > 0 || this.glossaryNames.has(form);
  }

  /** Is the lowercase form an ordinary word of lang (dictionary, else corpus vocabulary)? */
  isOrdinaryWord(lower: string, lang: string): boolean {
    if (this.spell && this.spell.languages().includes(lang)) return this.spell.has(lower, lang);
    return (this.lowerVocab.get(lang)?.get(lower) ?? 0) > 0;
  }

  /** Capitalised tokens in speaker slots: "X said", "said X", "X a déclaré", "selon X". */
  speakerSlots(v: DocView): SlotHit[] {
    const cached = this.slotCache.get(v.doc.id);
    if (cached) return cached;
    const out: SlotHit[] = [];
    const { subject, after } = slotRegexes(v.lang, this.data);
    // The capitalised token starting exactly at pos, if any.
    const at = (pos: number): Token | undefined => {
      const t = v.tokens[tokenAt(v.tokens, pos)];
      return t && t.start === pos && isUpperInitial(t.text) ? t : undefined;
    };
    if (subject) {
      for (const m of v.text.matchAll(subject)) {
        const t = at(m.index);
        if (t && !isAllCaps(t.text) && t.end === m.index + m[1]!.length) out.push({ token: t, slot: 'subject', cue: m[2]!.toLowerCase() });
      }
    }
    if (after) {
      for (const m of v.text.matchAll(after)) {
        const t = at(m.index + m[0].length - m[2]!.length);
        if (t && !isAllCaps(t.text) && t.text === m[2]) out.push({ token: t, slot: 'after', cue: m[1]!.toLowerCase() });
      }
    }
    out.sort((x, y) => x.token.start - y.token.start);
    this.slotCache.set(v.doc.id, out);
    return out;
  }

  /**
   * The document's main person: the most frequent capitalised form that the corpus shows as a
   * surname (after a given name) and that speaks in the document. Returns the surname form.
   */
  mainPerson(v: DocView): string | undefined {
    const counts = new Map<string, number>();
    for (const t of v.tokens) {
      if (!isUpperInitial(t.text) || isAllCaps(t.text)) continue;
      if (!this.isKnownName(t.text)) continue;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    }
    for (const s of this.speakerSlots(v)) {
      if (counts.has(s.token.text)) counts.set(s.token.text, counts.get(s.token.text)! + 2);
    }
    let best: string | undefined;
    let bestN = 2;
    for (const [form, n] of counts) {
      // People speak: only a form seen in a speaker slot somewhere in the corpus can be the person.
      if (n > bestN && this.speakers().has(form)) {
        best = form;
        bestN = n;
      }
    }
    return best;
  }

  private speakerSet?: Set<string>;
  /** Capitalised forms that appear in a speaker slot anywhere in the corpus. */
  speakers(): Set<string> {
    if (!this.speakerSet) {
      this.speakerSet = new Set();
      for (const v of this.views) for (const s of this.speakerSlots(v)) this.speakerSet.add(s.token.text);
    }
    return this.speakerSet;
  }

  /** The editor rejected this pair: the two documents are not partners. */
  isRejectedPair(a: string, b: string): boolean {
    return this.rejectedPairs.has(`${a}\u0000${b}`);
  }

  /**
   * The sentences a partner link's beads index for one of its documents: the project's aligned
   * sentences when the link carries them (the editor's alignment), else the document's own split.
   */
  linkSentences(link: PartnerLink, v: DocView): SentenceSpan[] {
    const spans = link.sentences?.[link.a === v.doc.id ? 'a' : 'b'];
    if (!spans) return v.sentences;
    return this.memo(`link:${link.a}:${link.b}:${v.doc.id}`, () =>
      spans.map((s) => {
        const start = Math.max(0, Math.min(s.start, v.text.length));
        const end = Math.max(start, Math.min(s.end, v.text.length));
        return { start, end, text: v.text.slice(start, end), paragraph: -1 };
      }),
    );
  }

  partnersOf(docId: string): Array<{ other: DocView; link: PartnerLink; reversed: boolean }> {
    const out: Array<{ other: DocView; link: PartnerLink; reversed: boolean }> = [];
    for (const link of this.partners) {
      const reversed = link.b === docId;
      if (link.a !== docId && !reversed) continue;
      const other = this.byId.get(reversed ? link.a : link.b);
      if (other) out.push({ other, link, reversed });
    }
    return out;
  }

  isSentenceInitial(v: DocView, t: Token): boolean {
    return isSentenceInitial(v.text, t.start);
  }
}

const slotCache = new WeakMap<ResolvedCheckData, Map<string, { subject?: RegExp; after?: RegExp }>>();
// Case-sensitive (fast) with the cue's first letter in either case ("Selon X", "said X").
const alt = (cues: string[]) =>
  cues
    .map((c) => `[${c[0]}${c[0]!.toUpperCase()}]${c.slice(1).replace(/ /gu, '[ \\u00a0]+')}`)
    .sort((a, b) => b.length - a.length)
    .join('|');

/** One regex per slot kind and language (faster than testing every cue at every name). */
function slotRegexes(lang: string, data: ResolvedCheckData): { subject?: RegExp; after?: RegExp } {
  let byLang = slotCache.get(data);
  if (!byLang) slotCache.set(data, (byLang = new Map()));
  let r = byLang.get(lang);
  if (!r) {
    r = {};
    const a = data.speechVerbs.speakerFirst[lang];
    const b = data.speechVerbs.verbFirst[lang];
    // Lookbehind keeps X a whole word; the cue must end at a word boundary.
    if (a?.length) r.subject = new RegExp(`(?<![\\p{L}\\p{N}’'-])(\\p{Lu}[\\p{L}\\p{N}’'-]*)[ \\u00a0]+(${alt(a)})(?![\\p{L}])`, 'gu');
    if (b?.length) r.after = new RegExp(`(?<![\\p{L}])(${alt(b)})[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{N}’'-]*)`, 'gu');
    byLang.set(lang, r);
  }
  return r;
}

const isSpaceCode = (c: number) => c === 32 || c === 0xa0;
const JOINER = /[’'\-‑]/u;
const JOINERS = /[’'\-‑]/gu;

/** Caches the injected checker's answers: the same words are looked up again and again. */
function memoSpell(inner: SpellChecker): SpellChecker {
  if ((inner as { memoised?: boolean }).memoised) return inner;
  const langs = inner.languages();
  const hasCache = new Map<string, Map<string, boolean>>();
  const correctCache = new Map<string, Map<string, boolean>>();
  const cacheOf = (m: Map<string, Map<string, boolean>>, l: string) => {
    let c = m.get(l);
    if (!c) m.set(l, (c = new Map()));
    return c;
  };
  const wrapped: SpellChecker & { memoised: true } = {
    memoised: true,
    languages: () => langs,
    has(word, lang) {
      const c = cacheOf(hasCache, lang);
      let r = c.get(word);
      if (r === undefined) c.set(word, (r = inner.has(word, lang)));
      return r;
    },
    correct(word, lang) {
      const c = cacheOf(correctCache, lang);
      let r = c.get(word);
      if (r === undefined) c.set(word, (r = inner.correct(word, lang)));
      return r;
    },
    suggest: (word, lang, max) => inner.suggest(word, lang, max),
  };
  return wrapped;
}

/** 53-bit hash of a word-id list (a Map key; confirm equality with sameWords). */
export function wordsHash(ids: readonly number[]): number {
  let h1 = 0x9e3779b1 ^ ids.length;
  let h2 = 0x85ebca6b;
  for (const x of ids) {
    h1 = Math.imul(h1 ^ x, 2654435761);
    h2 = Math.imul(h2 ^ x, 1597334677);
    h1 ^= h1 >>> 15;
    h2 ^= h2 >>> 13;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function sameWords(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function allTerms(e: GlossaryEntry): string[] {
  return Object.values(e.terms)
    .flat()
    .filter((t) => t.status !== 'forbidden')
    .map((t) => t.text);
}
