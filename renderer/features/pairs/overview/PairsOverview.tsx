// The Pairs tab: every pair with its kind, score and why (shared names, numbers, sentences aligned
// with confidence), status, beads confirmed and doubtful, open findings in its two documents;
// sorted and filtered; open, confirm, reject (a confirmed pair asks before it is rejected).
import { useMemo, useState } from 'react';
import type { PairSummary } from '../../../../shared/api/contract.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { useT } from '../../../i18n/index.js';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import { useWorkbench } from '../../../state/use-workbench.js';
import { useFindings, useOpenFindingsByDoc } from '../../findings/index.js';
import { pairKindLong, pairStatusText } from '../pair-names.js';
import { useDecidePair } from '../use-decide-pair.js';
import { PairDecisionButtons } from '../PairDecisionButtons.js';
import {
  DEFAULT_PAIR_SORT,
  NO_PAIR_FILTERS,
  filterPairRows,
  nextPairSort,
  pairRows,
  sortPairRows,
  statusCounts,
  type PairFilters,
  type PairSortColumn,
} from './pair-rows.js';
import '../../../styles/pairs-overview.css';

const NO_PAIRS: PairSummary[] = [];
const NO_IDS: string[] = [];

export function PairsOverview({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useT();
  const lng = i18n.language;
  const pairs = useWorkbench((s) => s.snapshot?.pairs) ?? NO_PAIRS;
  const docCount = useWorkbench((s) => s.snapshot?.documents.length ?? 0);
  const openByDoc = useOpenFindingsByDoc();
  const uncheckedList = useFindings((s) => (s.data ? (s.data.unchecked ?? NO_IDS) : null));
  const [filters, setFilters] = useState<PairFilters>(NO_PAIR_FILTERS);
  const [sort, setSort] = useState(DEFAULT_PAIR_SORT);
  const { decide, dialog } = useDecidePair();
  const all = useMemo(() => pairRows(pairs, openByDoc, uncheckedList ? new Set(uncheckedList) : 'all'), [pairs, openByDoc, uncheckedList]);
  const rows = useMemo(() => sortPairRows(filterPairRows(all, filters), sort, lng), [all, filters, sort, lng]);
  const counts = statusCounts(all);

  if (pairs.length === 0)
    return (
      <EmptyState
        title={t('pairs.overview.emptyTitle')}
        body={docCount < 2 ? t('pairs.overview.emptyFewDocs', { count: docCount }) : t('pairs.overview.emptyBody')}
      />
    );

  const header = (column: PairSortColumn, label: string, className = '') => {
    const sorted = sort.column === column;
    return (
      <th scope="col" className={className} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort((s) => nextPairSort(s, column))} data-testid={`pairs-sort-${column}`}>
          {label}
          <span className="sort-mark" aria-hidden="true">
            {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="pairs-overview" aria-labelledby="pairs-overview-title">
      <h1 id="pairs-overview-title" className="view-title">
        {t('pairs.overview.title')}
      </h1>
      <p className="hint" role="status" data-testid="pairs-summary">
        {t('pairs.overview.summary', { count: all.length, confirmed: counts.confirmed, suggested: counts.suggested, rejected: counts.rejected })}
        {rows.length !== all.length ? ` ${t('pairs.overview.shown', { shown: rows.length, total: all.length })}` : ''}
      </p>
      <div className="pairs-filters">
        <label>
          {t('pairs.overview.filterStatus')}{' '}
          <select
            value={filters.status ?? ''}
            onChange={(e) => setFilters({ ...filters, status: (e.currentTarget.value || null) as PairFilters['status'] })}
            data-testid="pairs-filter-status"
          >
            <option value="">{t('pairs.overview.any')}</option>
            <option value="confirmed">{t('pairs.status.confirmed')}</option>
            <option value="suggested">{t('pairs.status.suggested')}</option>
            <option value="rejected">{t('pairs.status.rejected')}</option>
          </select>
        </label>
        <label>
          {t('pairs.overview.filterKind')}{' '}
          <select value={filters.kind ?? ''} onChange={(e) => setFilters({ ...filters, kind: (e.currentTarget.value || null) as PairFilters['kind'] })}>
            <option value="">{t('pairs.overview.any')}</option>
            <option value="translation">{t('pairs.kindLong.translation')}</option>
            <option value="version">{t('pairs.kindLong.version')}</option>
          </select>
        </label>
        <label>
          {t('pairs.overview.filterName')}{' '}
          <input
            type="search"
            value={filters.query}
            onChange={(e) => setFilters({ ...filters, query: e.currentTarget.value })}
            placeholder={t('rail.nameFilterPlaceholder')}
          />
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="hint">{t('pairs.overview.noneShown')}</p>
      ) : (
        <div className="pairs-table-wrap">
          <table className="pairs-table" data-testid="pairs-table">
            <thead>
              <tr>
                {header('names', t('pairs.overview.columns.pair'), 'col-names')}
                {header('kind', t('pairs.overview.columns.kind'))}
                {header('score', t('pairs.overview.columns.score'))}
                {header('status', t('pairs.overview.columns.status'))}
                {header('beads', t('pairs.overview.columns.beads'))}
                {header('doubtful', t('pairs.overview.columns.doubtful'))}
                {header('findings', t('pairs.overview.columns.findings'))}
                <th scope="col">
                  <span className="sr-only">{t('pairs.overview.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ pair, findings }) => {
                const ev = pair.evidence;
                const shared = ev ? [...ev.names, ...ev.numbers] : [];
                const names = { a: pair.aName, b: pair.bName };
                return (
                  <tr key={pair.id} className={`is-${pair.status}`} data-testid="pairs-row">
                    <td className="col-names">
                      <button type="button" className="link-button pair-names-link" title={`${pair.aName} ⇄ ${pair.bName}`} onClick={() => onOpen(pair.id)}>
                        <span className="pair-name">{pair.aName}</span> <span aria-hidden="true">⇄</span> <span className="pair-name">{pair.bName}</span>
                      </button>
                      {ev ? (
                        <span className="pair-why hint">
                          {shared.length ? t('pairs.evidence.shared', { items: shared.slice(0, 6).join(', ') }) : t('pairs.evidence.none')}
                          {ev.linkedSentences !== undefined && ev.sentences
                            ? ` · ${t('pairs.evidence.linked', { linked: formatNumber(lng, ev.linkedSentences), total: formatNumber(lng, ev.sentences) })}`
                            : ''}
                        </span>
                      ) : pair.origin === 'manual' ? (
                        <span className="pair-why hint">{t('pairs.overview.byHand')}</span>
                      ) : null}
                    </td>
                    <td>
                      <span className={`pair-kind kind-${pair.kind}`}>{pairKindLong(t, pair.kind)}</span>
                    </td>
                    <td className="num">{pair.origin === 'manual' ? '—' : formatPercent(lng, pair.score)}</td>
                    <td>
                      <span className={`pair-status status-${pair.status}`}>{pairStatusText(t, pair.status)}</span>
                    </td>
                    <td className="num">
                      {pair.aligned ? (
                        t('pairs.overview.beads', { confirmed: formatNumber(lng, pair.aligned.confirmed), total: formatNumber(lng, pair.aligned.beads) })
                      ) : (
                        <span className="hint">{t('pairs.overview.notAligned')}</span>
                      )}
                    </td>
                    <td className="num">{pair.aligned?.doubtful !== undefined ? formatNumber(lng, pair.aligned.doubtful) : '—'}</td>
                    <td className="num">
                      {findings !== null ? (
                        formatNumber(lng, findings)
                      ) : (
                        // A document of the pair has not been checked yet: its count is unknown, not 0.
                        <span className="hint" title={t('findings.notCheckedYet')} data-testid="pairs-findings-unchecked">
                          {t('findings.notCheckedShort')}
                        </span>
                      )}
                    </td>
                    <td className="pair-actions">
                      <button type="button" className="button small" onClick={() => onOpen(pair.id)}>
                        {t('pairs.overview.open')}
                      </button>
                      <PairDecisionButtons
                        status={pair.status}
                        names={names}
                        className="button small"
                        onDecide={(st) => decide(pair, st)}
                        rejectTestId="pairs-reject"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dialog}
    </section>
  );
}
