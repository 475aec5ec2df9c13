// The corpus search's state (the question, the last answer, the places chosen for replace). It
// outlives the Search view, so jumping to a hit and coming back finds the results where they were.
// Not a cached query: a search answers one question at one moment, and a replace preview must not
// change under the editor's checkboxes; shown results are searched again when a text changes.
import type { SearchResult } from '../../../shared/api/contract.js';
import { Store } from '../../state/store.js';
import type { WorkbenchStore } from '../../state/workbench-store.js';

export interface SearchForm {
  text: string;
  regex: boolean;
  wholeWord: boolean;
  caseSensitive: boolean;
  /** '' = every language. */
  language: string;
  textMode: 'original' | 'cleaned';
  replacement: string;
}

export interface SearchUiState {
  form: SearchForm;
  status: 'idle' | 'searching' | 'ready' | 'failed';
  error: unknown;
  result: SearchResult | null;
  /** The form the result answers (replace uses exactly that question). */
  asked: SearchForm | null;
  /** Replace preview open: places unchecked by the editor (keys docId:start:end). */
  previewing: boolean;
  excluded: ReadonlySet<string>;
  /** After a replace: what was replaced, for the glossary offer. */
  lastReplace: { from: string; to: string; count: number; language: string } | null;
}

export const hitKey = (h: { docId: string; start: number; end: number }) => `${h.docId}:${h.start}:${h.end}`;

const INITIAL: SearchUiState = {
  form: { text: '', regex: false, wholeWord: false, caseSensitive: false, language: '', textMode: 'cleaned', replacement: '' },
  status: 'idle',
  error: null,
  result: null,
  asked: null,
  previewing: false,
  excluded: new Set(),
  lastReplace: null,
};

/**
 * The question last asked, kept in the browser history entry (history.state survives a reload,
 * like the scroll position in app/scroll-memory.ts): a reload asks it again. The replacement is
 * not kept: a reload never leads to a replace.
 */
type Remembered = { search?: Omit<SearchForm, 'replacement'> };

function rememberQuestion(form: SearchForm): void {
  if (typeof history === 'undefined') return;
  const { replacement: _unused, ...question } = form;
  const state = (history.state as Remembered | null) ?? {};
  history.replaceState({ ...state, search: question }, '', window.location.href);
}

function rememberedQuestion(): Omit<SearchForm, 'replacement'> | null {
  if (typeof history === 'undefined') return null;
  const q = (history.state as Remembered | null)?.search;
  return q && typeof q.text === 'string' && q.text ? q : null;
}

export class SearchStore {
  readonly store = new Store<SearchUiState>(INITIAL);
  private request = 0;

  constructor(private readonly wb: WorkbenchStore) {}

  getState = (): SearchUiState => this.store.getState();
  subscribe = (l: () => void): (() => void) => this.store.subscribe(l);
  private get state(): SearchUiState {
    return this.store.getState();
  }
  private set(patch: Partial<SearchUiState>): void {
    this.store.set(patch);
  }

  setForm(patch: Partial<SearchForm>): void {
    this.set({ form: { ...this.state.form, ...patch } });
  }

  private input(f: SearchForm, withReplacement: boolean) {
    return {
      query: { text: f.text, regex: f.regex, wholeWord: f.wholeWord, caseSensitive: f.caseSensitive },
      textMode: f.textMode,
      ...(f.language ? { languages: [f.language] } : {}),
      ...(withReplacement ? { replacement: f.replacement } : {}),
    };
  }

  /**
   * Searches with the form as it is; preview: also compute what replace would write at each place.
   * again: the same question asked again because texts changed (what was just replaced stays said).
   */
  async search(preview = false, again = false): Promise<void> {
    const form = again ? (this.state.asked ?? this.state.form) : this.state.form;
    if (!form.text) return;
    const request = ++this.request;
    this.set({ status: 'searching', error: null, ...(preview || again ? {} : { lastReplace: null }) });
    try {
      const result = await this.wb.bridge.call('searchCorpus', this.input(form, preview));
      if (request !== this.request) return;
      this.set({ status: 'ready', result, asked: form, previewing: preview, excluded: new Set() });
      if (!preview && !again) rememberQuestion(form);
    } catch (error) {
      if (request === this.request) this.set({ status: 'failed', error, result: null, previewing: false });
    }
  }

  toggle(key: string, on: boolean): void {
    const excluded = new Set(this.state.excluded);
    if (on) excluded.delete(key);
    else excluded.add(key);
    this.set({ excluded });
  }

  cancelPreview(): void {
    this.set({ previewing: false, excluded: new Set() });
  }

  /** The checked places of the preview, replaced as one undoable edit; then the search runs again. */
  async replace(): Promise<number | undefined> {
    const { result, asked, excluded } = this.state;
    if (!result || !asked) return undefined;
    const places = result.hits.filter((h) => h.replaceable && !excluded.has(hitKey(h))).map(({ docId, start, end }) => ({ docId, start, end }));
    if (places.length === 0) return 0;
    const r = await this.wb.runFix(() => this.wb.bridge.call('replaceInCorpus', { ...this.input(asked, false), replacement: asked.replacement, places }));
    if (!r) return undefined;
    const language = result.hits.find((h) => places.some((p) => p.docId === h.docId))?.language ?? '';
    this.set({ form: { ...this.state.form }, previewing: false, excluded: new Set() });
    await this.search(false);
    this.set({ lastReplace: { from: asked.text, to: asked.replacement, count: r.replaced, language } });
    return r.replaced;
  }

  /** After a reload: the question this history entry remembers is asked again (once, if nothing was asked yet). */
  restore(): boolean {
    const q = rememberedQuestion();
    if (!q || this.state.status !== 'idle') return false;
    this.setForm({ ...INITIAL.form, ...q, replacement: '' });
    void this.search(false, true);
    return true;
  }

  /** Results go stale when the text changes elsewhere (undo, a fix): search again if shown. */
  refreshIfShown(): void {
    if (this.state.result && !this.state.previewing && this.state.status !== 'searching') void this.search(false, true);
  }
}
