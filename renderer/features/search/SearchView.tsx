// Corpus search (Ctrl+Shift+F): plain text, whole word, case, regex; one or every language; the
// original or the cleaned text. Results are a concordance (document, sentence in context, aligned
// sentence), each a button that shows the place. Replace previews every place with a checkbox and
// applies the checked ones as one undoable edit.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SearchHit } from '../../../shared/api/contract.js';
import { useRememberedScroll } from '../../app/scroll-memory.js';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import { formatNumber } from '../../i18n/format.js';
import { languageName } from '../../i18n/language-names.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { hitKey } from './search-store.js';
import { glossaryHas, isNameCorrection, nameEntry } from './name-offer.js';
import { useSearch, useSearchStore } from './use-search.js';
import '../../styles/search.css';

export const SEARCH_FIELD_ID = 'corpus-search-field';

export function SearchView({ focusSeq }: { focusSeq: number }) {
  const { t, i18n } = useT();
  const store = useSearchStore();
  const form = useSearch((s) => s.form);
  const status = useSearch((s) => s.status);
  const error = useSearch((s) => s.error);
  const result = useSearch((s) => s.result);
  const previewing = useSearch((s) => s.previewing);
  const excluded = useSearch((s) => s.excluded);
  const lastReplace = useSearch((s) => s.lastReplace);
  const languages = useWorkbench((s) => s.snapshot?.project.languages);
  const field = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLElement>(null);
  useRememberedScroll(resultsRef, 'search', (result?.hits.length ?? 0) > 0);
  const ids = useId();

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [focusSeq]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void store.search(false);
  };
  const chosen = result && previewing ? result.hits.filter((h) => h.replaceable && !excluded.has(hitKey(h))).length : 0;
  const lang = i18n.language;

  return (
    <section className="search-view" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`} className="view-title">
        {t('search.title')}
      </h1>
      <form className="search-form" role="search" onSubmit={submit}>
        <div className="search-row">
          <label className="sr-only" htmlFor={SEARCH_FIELD_ID}>
            {t('search.field')}
          </label>
          <input
            id={SEARCH_FIELD_ID}
            ref={field}
            type="search"
            className="search-field"
            placeholder={t('search.placeholder')}
            value={form.text}
            spellCheck={false}
            onChange={(e) => store.setForm({ text: e.currentTarget.value })}
            data-testid="search-field"
          />
          <button type="submit" className="button primary" disabled={!form.text || status === 'searching'} data-testid="search-submit">
            {t('search.find')}
          </button>
        </div>
        <div className="search-options">
          <label>
            <input type="checkbox" checked={form.wholeWord} onChange={(e) => store.setForm({ wholeWord: e.currentTarget.checked })} /> {t('search.wholeWord')}
          </label>
          <label>
            <input type="checkbox" checked={form.caseSensitive} onChange={(e) => store.setForm({ caseSensitive: e.currentTarget.checked })} />{' '}
            {t('search.caseSensitive')}
          </label>
          <label>
            <input type="checkbox" checked={form.regex} onChange={(e) => store.setForm({ regex: e.currentTarget.checked })} data-testid="search-regex" />{' '}
            {t('search.regex')}
          </label>
          <label>
            {t('search.language')}{' '}
            <select value={form.language} onChange={(e) => store.setForm({ language: e.currentTarget.value })} data-testid="search-language">
              <option value="">{t('search.allLanguages')}</option>
              {(languages ?? []).map((l) => (
                <option key={l} value={l}>
                  {languageName(t, lang, l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('search.in')}{' '}
            <select
              value={form.textMode}
              onChange={(e) => store.setForm({ textMode: e.currentTarget.value as 'original' | 'cleaned' })}
              data-testid="search-text-mode"
            >
              <option value="cleaned">{t('search.cleaned')}</option>
              <option value="original">{t('search.original')}</option>
            </select>
          </label>
        </div>
        <div className="search-row replace-row">
          <label htmlFor={`${ids}-replace`}>{t('search.replaceWith')}</label>
          <input
            id={`${ids}-replace`}
            type="text"
            className="search-field"
            value={form.replacement}
            spellCheck={false}
            onChange={(e) => store.setForm({ replacement: e.currentTarget.value })}
            data-testid="replace-field"
          />
          <button
            type="button"
            className="button"
            disabled={!form.text || status === 'searching'}
            onClick={() => void store.search(true)}
            data-testid="replace-preview"
          >
            {t('search.previewReplace')}
          </button>
        </div>
        {form.regex ? <p className="hint">{t('search.regexHint')}</p> : null}
      </form>

      <section ref={resultsRef} className="search-results" role="region" aria-label={t('search.results')} data-testid="search-results">
        <p className="hint search-summary" role="status">
          {status === 'searching' ? (
            t('search.searching')
          ) : status === 'failed' ? (
            <span className="error-text">{caughtErrorText(t, error)}</span>
          ) : result ? (
            summaryText(t, lang, result.total, result.hits.length, result.documents)
          ) : (
            t('search.empty')
          )}
        </p>
        {lastReplace ? <ReplaceDone key={`${lastReplace.from}\u0000${lastReplace.to}\u0000${lastReplace.count}`} /> : null}
        {result && previewing ? (
          <div className="replace-bar">
            <span>{t('search.chosen', { count: chosen, total: result.hits.filter((h) => h.replaceable).length })}</span>
            <button type="button" className="button primary" disabled={chosen === 0} onClick={() => void store.replace()} data-testid="replace-apply">
              {t('search.replaceN', { count: chosen })}
            </button>
            <button type="button" className="button" onClick={() => store.cancelPreview()}>
              {t('search.cancel')}
            </button>
          </div>
        ) : null}
        {result && result.hits.length > 0 ? (
          <ol className="concordance" data-testid="concordance">
            {result.hits.map((h) => (
              <HitRow key={hitKey(h)} hit={h} previewing={previewing} checked={!excluded.has(hitKey(h))} onToggle={(on) => store.toggle(hitKey(h), on)} />
            ))}
          </ol>
        ) : null}
      </section>
    </section>
  );
}

function summaryText(t: ReturnType<typeof useT>['t'], lang: string, total: number, shown: number, documents: number): string {
  if (total === 0) return t('search.none', { count: documents });
  const base = t('search.found', { count: total, docs: formatNumber(lang, documents) });
  return shown < total ? `${base} ${t('search.firstShown', { count: shown })}` : base;
}

function HitRow({ hit, previewing, checked, onToggle }: { hit: SearchHit; previewing: boolean; checked: boolean; onToggle: (on: boolean) => void }) {
  const { t } = useT();
  const wb = useStore();
  const show = () => wb.revealSpan({ docId: hit.docId, start: hit.origStart, end: hit.origEnd, findingId: null });
  return (
    <li className="hit" data-testid="search-hit">
      {previewing ? (
        <input
          type="checkbox"
          className="hit-check"
          checked={hit.replaceable && checked}
          disabled={!hit.replaceable}
          title={hit.replaceable ? undefined : t('search.notReplaceable')}
          aria-label={t('search.replaceHere', { name: hit.docName })}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
      ) : null}
      <button type="button" className="hit-jump" onClick={show} title={t('search.show')}>
        <span className="hit-doc">{hit.docName}</span>
        <span className="hit-line" lang={hit.language}>
          {hit.context.before}
          {previewing && hit.replacement !== undefined && hit.replaceable ? (
            <>
              <del className="hit-match">{hit.text}</del>
              <ins className="hit-replacement">{hit.replacement}</ins>
            </>
          ) : (
            <mark className="hit-match">{hit.text}</mark>
          )}
          {hit.context.after}
        </span>
      </button>
      {hit.aligned ? (
        <p className="hit-aligned" lang={hit.aligned.language}>
          <span className="hit-aligned-doc">{t('search.alignedIn', { name: hit.aligned.docName })}</span> {hit.aligned.text}
        </p>
      ) : null}
      {!hit.replaceable && previewing ? <p className="hint">{t('search.notReplaceable')}</p> : null}
    </li>
  );
}

/** "N places replaced (Ctrl+Z undoes it)", and the glossary offer when a name was corrected. */
function ReplaceDone() {
  const { t } = useT();
  const wb = useStore();
  const last = useSearch((s) => s.lastReplace)!;
  const asked = useSearch((s) => s.asked);
  const [state, setState] = useState<'offer' | 'added' | 'known' | 'hidden'>('offer');
  const name = isNameCorrection(last.from, last.to, asked?.regex ?? false) && last.count > 0;
  const add = async () => {
    const entries = await wb.track(() => wb.bridge.call('getGlossary', {}));
    if (!entries) return;
    if (glossaryHas(entries, last.to, last.from)) return setState('known');
    const saved = await wb.track(() => wb.bridge.call('setGlossary', { entries: [...entries, nameEntry(last.to, last.from, last.language)] }));
    if (saved) setState('added');
  };
  return (
    <div className="replace-done" role="status" data-testid="replace-done">
      <p>{t('search.replaced', { count: last.count })}</p>
      {name && state === 'offer' ? (
        <p className="glossary-offer">
          {t('search.glossaryOffer', { to: last.to, from: last.from })}{' '}
          <button type="button" className="button" onClick={() => void add()} data-testid="replace-glossary-add">
            {t('search.glossaryAdd')}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setState('hidden')}>
            {t('search.glossaryNo')}
          </button>
        </p>
      ) : null}
      {state === 'added' ? <p>{t('search.glossaryAdded', { to: last.to })}</p> : null}
      {state === 'known' ? <p>{t('search.glossaryKnown', { to: last.to })}</p> : null}
    </div>
  );
}
