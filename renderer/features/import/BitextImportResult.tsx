// What "Open TMX/TSV/XLIFF…" did: the two documents and the pair it made, the files it refused, and the
// readers' warnings (translated when recognised).
import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import { languageName } from '../../i18n/language-names.js';
import { useSelect } from '../../state/use-select.js';
import { useStore } from '../../state/use-workbench.js';
import { bitextSessionFor, parseBitextWarning, type BitextImportSession, type BitextImportState } from './bitext-import.js';
import { RejectedFilesList } from './RejectedFilesList.js';
import '../../styles/export.css';
import '../../styles/inline-codes.css';

const whole = (s: BitextImportState) => s;

export function useBitextImport(): { session: BitextImportSession; state: BitextImportState } {
  const store = useStore();
  const session = bitextSessionFor(store.bridge, () => store.refresh());
  const state = useSelect(session.store, whole);
  return { session, state };
}

function warningText(t: TFunction, lng: string, w: string): string {
  const p = parseBitextWarning(w);
  if (!p) return w;
  if (p.key === 'inline') return t('export.bitext.warning.inline', p.params);
  if (p.key === 'missing') return t('export.bitext.warning.missing', { id: p.params.id, lang: languageName(t, lng, p.params.lang) });
  if (p.key === 'cells') return t('export.bitext.warning.cells', p.params);
  return t('export.bitext.warning.emptySide', p.params);
}

export function BitextImportResult() {
  const { t, i18n } = useT();
  const { session, state } = useBitextImport();
  const [showWarnings, setShowWarnings] = useState(false);
  const warningsId = useId();
  if (state.state === 'idle') return null;

  let text: string;
  let tone = '';
  const warnings = state.state === 'done' ? state.report.warnings : [];
  const rejected = state.state === 'done' ? state.report.rejected : [];
  if (state.state === 'reading') text = t('export.bitext.reading', { name: state.name });
  else if (state.state === 'wrongType') {
    text = t('export.bitext.wrongType', { name: state.name });
    tone = 'is-failed';
  } else if (state.state === 'failed') {
    text = t('export.bitext.failed', { name: state.name, error: caughtErrorText(t, state.error) });
    tone = 'is-failed';
  } else if (state.state === 'choose') {
    text = t('export.bitext.choose', { name: state.name, n: state.languagesFound.length, list: state.languagesFound.join(', ') });
  } else {
    const { pair } = state.report;
    text = pair
      ? t('export.bitext.opened', { name: state.name, a: pair.aName, b: pair.bName, count: pair.aligned?.beads ?? 0, confirmed: pair.aligned?.confirmed ?? 0 })
      : t('export.bitext.noPair', { name: state.name, count: state.report.imported.length });
    if (!pair) tone = 'is-failed';
    else if (warnings.length > 0 || rejected.length > 0) tone = 'has-warnings';
  }

  return (
    <section className={`import-result bitext-result ${tone}`} aria-label={t('export.bitext.label')} data-testid="bitext-result">
      <p role={tone === 'is-failed' ? 'alert' : 'status'}>
        {text}{' '}
        {warnings.length > 0 ? (
          <button type="button" className="link-button" aria-expanded={showWarnings} aria-controls={warningsId} onClick={() => setShowWarnings((v) => !v)}>
            {t('export.bitext.warnings', { count: warnings.length })}
          </button>
        ) : null}
      </p>
      {state.state !== 'reading' ? (
        <button
          type="button"
          className="icon-button"
          aria-label={t('export.bitext.dismiss')}
          title={t('export.bitext.dismiss')}
          onClick={() => {
            setShowWarnings(false);
            session.dismiss();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
      {state.state === 'done' ? <BitextDetails session={session} report={state.report} /> : null}
      {state.state === 'choose' ? <ChooseLanguages session={session} found={state.languagesFound} initial={state.languages} /> : null}
      {rejected.length > 0 ? <RejectedFilesList files={rejected} /> : null}
      {showWarnings && warnings.length > 0 ? (
        <div className="bitext-warnings" id={warningsId}>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{warningText(t, i18n.language, w)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Before importing a TM of more than two languages: which two (source, target). */
function ChooseLanguages({ session, found, initial }: { session: BitextImportSession; found: string[]; initial: [string, string] }) {
  const { t } = useT();
  const id = useId();
  const [src, setSrc] = useState(initial[0]);
  const [tgt, setTgt] = useState(initial[1]);
  return (
    <form
      className="bitext-reopen bitext-choose"
      onSubmit={(e) => {
        e.preventDefault();
        if (src && tgt && src !== tgt) void session.choose([src, tgt]);
      }}
    >
      <LanguagePairSelects id={id} found={found} src={src} setSrc={setSrc} tgt={tgt} setTgt={setTgt} />
      <button type="submit" className="button" disabled={src === tgt}>
        {t('export.bitext.openChosen')}
      </button>
    </form>
  );
}

/** What was read (format, encoding, tags, codes) and, for a multilingual TM or a TSV, the choices to open it again. */
function BitextDetails({ session, report }: { session: BitextImportSession; report: Extract<BitextImportState, { state: 'done' }>['report'] }) {
  const { t } = useT();
  const id = useId();
  const found = report.languagesFound ?? [];
  const [src, setSrc] = useState(report.languages?.[0] ?? found[0] ?? '');
  const [tgt, setTgt] = useState(report.languages?.[1] ?? found[1] ?? '');
  const [header, setHeader] = useState<'auto' | 'yes' | 'no'>('auto');
  if (!report.format) return null;
  const multilingual = found.length > 2;
  const tsv = report.format === 'tsv';
  return (
    <div className="bitext-details">
      <p className="hint">
        {t('export.bitext.read', {
          format: report.format.toUpperCase().replace('XLIFF12', 'XLIFF 1.2').replace('XLIFF2', 'XLIFF 2'),
          encoding: report.encoding ?? '',
          source: report.languages?.[0] ?? '',
          target: report.languages?.[1] ?? '',
        })}
        {report.codes ? ` · ${t('export.bitext.codes', { count: report.codes })}` : ''}
      </p>
      {multilingual || tsv ? (
        <form
          className="bitext-reopen"
          onSubmit={(e) => {
            e.preventDefault();
            void session.reopen({
              ...(multilingual && src && tgt && src !== tgt ? { languages: [src, tgt] as [string, string] } : {}),
              ...(tsv ? { tsvHeader: header } : {}),
            });
          }}
        >
          {multilingual ? (
            <>
              <p className="hint">{t('export.bitext.languagesFound', { list: found.join(', ') })}</p>
              <LanguagePairSelects id={id} found={found} src={src} setSrc={setSrc} tgt={tgt} setTgt={setTgt} />
            </>
          ) : null}
          {tsv ? (
            <>
              <label htmlFor={`${id}-header`}>{t('export.bitext.header')}</label>
              <select id={`${id}-header`} value={header} onChange={(e) => setHeader(e.currentTarget.value as 'auto' | 'yes' | 'no')}>
                <option value="auto">
                  {t('export.bitext.headerAuto')}
                  {report.headerRow !== undefined ? ` (${report.headerRow ? t('export.bitext.headerYes') : t('export.bitext.headerNo')})` : ''}
                </option>
                <option value="yes">{t('export.bitext.headerYes')}</option>
                <option value="no">{t('export.bitext.headerNo')}</option>
              </select>
            </>
          ) : null}
          <button type="submit" className="button">
            {t('export.bitext.reopen')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** The two languages to open from a multilingual memory: source and target lists of the tags found. */
function LanguagePairSelects(p: { id: string; found: readonly string[]; src: string; setSrc: (v: string) => void; tgt: string; setTgt: (v: string) => void }) {
  const { t } = useT();
  const options = p.found.map((l) => (
    <option key={l} value={l}>
      {l}
    </option>
  ));
  return (
    <>
      <label htmlFor={`${p.id}-src`}>{t('export.bitext.source')}</label>
      <select id={`${p.id}-src`} value={p.src} onChange={(e) => p.setSrc(e.currentTarget.value)}>
        {options}
      </select>
      <label htmlFor={`${p.id}-tgt`}>{t('export.bitext.target')}</label>
      <select id={`${p.id}-tgt`} value={p.tgt} onChange={(e) => p.setTgt(e.currentTarget.value)}>
        {options}
      </select>
    </>
  );
}
