// What the last export did: the output folder, the counts, warnings (removed characters, skipped
// pairs, empty bilingual files) and a table of the files written. Keyboard focus moves to it when
// an export ends, so the editor hears and sees the outcome.
import { useEffect, useId, useRef } from 'react';
import type { ExportResult } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import { formatNumber } from '../../i18n/format.js';
import {
  countsSegments,
  emptyResultAdvice,
  formatBytes,
  joinOutPath,
  leftOutKey,
  resultRows,
  BILINGUAL_FORMATS,
  type EmptyAdvice,
  type ResultRow,
} from './export-model.js';
import type { ExportRun } from './export-session.js';

export function ExportResultPanel({ run, onDismiss }: { run: ExportRun; onDismiss: () => void }) {
  const slot = useRef<HTMLDivElement>(null);
  // Focus moves to the outcome when an export ends while the view is shown, not when the view
  // opens on an earlier result.
  const seen = useRef(run);
  useEffect(() => {
    if (seen.current === run) return;
    seen.current = run;
    slot.current?.querySelector<HTMLElement>('[data-focus-target]')?.focus();
  }, [run]);
  let content = null;
  if (run.state === 'done') content = <ExportDone result={run.result} onDismiss={onDismiss} />;
  else if (run.state !== 'idle' && run.state !== 'running') content = <ExportStopped run={run} onDismiss={onDismiss} />;
  return (
    <div ref={slot} className="export-result-slot">
      {content}
    </div>
  );
}

function ExportStopped({ run, onDismiss }: { run: Extract<ExportRun, { state: 'cancelled' | 'noFolder' | 'failed' }>; onDismiss: () => void }) {
  const { t } = useT();

  let text: string;
  if (run.state === 'cancelled') text = t('export.result.cancelled');
  else if (run.state === 'noFolder') text = t('export.result.noFolder');
  else text = t('export.result.failed', { error: caughtErrorText(t, run.error) });
  return (
    <section className={`export-result export-${run.state}`} aria-label={t('export.result.label')}>
      <p data-focus-target tabIndex={-1} role={run.state === 'failed' ? 'alert' : 'status'}>
        {text}
      </p>
      <DismissButton onDismiss={onDismiss} />
    </section>
  );
}

function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="icon-button export-dismiss" aria-label={t('export.result.dismiss')} title={t('export.result.dismiss')} onClick={onDismiss}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

function ExportDone({ result, onDismiss }: { result: ExportResult; onDismiss: () => void }) {
  const { t } = useT();
  const titleId = useId();
  const rows = resultRows(result.files);
  const bilingual = result.files.some((f) => BILINGUAL_FORMATS.has(f.format));
  return (
    <section className="export-result export-done" aria-labelledby={titleId} data-testid="export-result">
      <div className="export-result-head">
        <h2 id={titleId} data-focus-target tabIndex={-1}>
          {t('export.result.title')}
        </h2>
        <DismissButton onDismiss={onDismiss} />
      </div>
      <p className="export-outdir">
        <span className="export-outdir-label">{t('export.result.folder')}</span> <code data-testid="export-outdir">{result.outDir}</code>
      </p>
      <ul className="export-result-counts">
        {bilingual ? <li>{t('export.result.segments', { count: result.segments })}</li> : null}
        {bilingual ? <li>{t('export.result.beads', { confirmed: result.beads.confirmed, total: result.beads.total })}</li> : null}
        <li>{t('export.result.pairs', { count: result.pairs.exported })}</li>
        <li>{t('export.result.documents', { count: result.documents })}</li>
      </ul>
      {bilingual && result.segments === 0 ? <p className="export-warning">{emptyText(t, emptyResultAdvice(result))}</p> : null}
      {result.removedChars > 0 ? <p className="export-warning">{t('export.result.removed', { count: result.removedChars })}</p> : null}
      <LeftOutPairs result={result} />
      {(result.notWritten ?? []).map((n) => (
        <p key={n.path} className="export-warning">
          {t('export.result.notWritten', { file: n.path })}
        </p>
      ))}
      {result.languages ? <p className="hint">{t('export.result.tags', { source: result.languages[0], target: result.languages[1] })}</p> : null}
      <FilesTable rows={rows} outDir={result.outDir} showRemoved={result.removedChars > 0} />
    </section>
  );
}

function emptyText(t: ReturnType<typeof useT>['t'], advice: EmptyAdvice): string {
  if (advice === 'confirmOrInclude') return t('export.result.empty');
  return advice === 'confirmOrLower' ? t('export.result.emptyLower') : t('export.result.emptyNoLinks');
}

/** Which pairs are not in the bilingual files, by their documents' file names, and why. */
function LeftOutPairs({ result }: { result: ExportResult }) {
  const { t } = useT();
  const list = result.leftOut ?? [];
  if (list.length === 0) return null;
  const gone = t('export.result.missingDocument');
  return (
    <div className="hint export-left-out" data-testid="export-left-out">
      <p>{t('export.result.leftOut', { count: list.length })}</p>
      <ul>
        {list.map((l, i) => (
          <li key={i}>
            {t('export.result.leftOutPair', { a: l.a ?? gone, b: l.b ?? gone, reason: t(`export.result.leftOutReason.${leftOutKey(l.reason)}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FilesTable({ rows, outDir, showRemoved }: { rows: ResultRow[]; outDir: string; showRemoved: boolean }) {
  const { t, i18n } = useT();
  const lng = i18n.language;
  return (
    <table className="export-files">
      <caption className="sr-only">{t('export.result.filesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('export.result.format')}</th>
          <th scope="col">{t('export.result.file')}</th>
          <th scope="col" className="num">
            {t('export.result.size')}
          </th>
          <th scope="col">{t('export.result.records')}</th>
          {showRemoved ? (
            <th scope="col" className="num">
              {t('export.result.removedColumn')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.format}:${r.path}`} data-format={r.format}>
            <td>{t(`export.formats.${r.format}.name`)}</td>
            <td>
              {r.files.length > 1 || r.format === 'docs' ? (
                <details className="export-doc-files">
                  <summary>
                    <code>{r.path}</code> · {t('export.result.showFiles', { count: r.files.length })}
                  </summary>
                  <ul>
                    {r.files.map((f) => (
                      <li key={f.path}>
                        <code title={joinOutPath(outDir, f.path)}>{f.path}</code> <span className="hint">{formatBytes(lng, f.bytes)}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <code title={joinOutPath(outDir, r.path)}>{r.path}</code>
              )}
            </td>
            <td className="num">{formatBytes(lng, r.bytes)}</td>
            <td>{recordsText(t, r)}</td>
            {showRemoved ? (
              <td className={`num ${r.removedChars > 0 ? 'export-removed' : ''}`}>{r.removedChars > 0 ? formatNumber(lng, r.removedChars) : ''}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function recordsText(t: ReturnType<typeof useT>['t'], r: ResultRow): string {
  if (r.records === undefined || r.format === 'report') return '';
  return countsSegments(r.format) ? t('export.result.segmentPairs', { count: r.records }) : t('export.result.docRecords', { count: r.records });
}
