// The findings panel on the right: counts per category, filters and sort, the list, and the
// selected finding with its decisions. J/K move, A accepts, R rejects, E edits (see use-finding-keys).
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { CategoryCounts } from './CategoryCounts.js';
import { CheckSettingsButton } from './CheckSettingsButton.js';
import { FindingDetail, type DetailMode } from './FindingDetail.js';
import { categoryCounts, emptyListReason, filterFindings, sortFindings, stepFinding } from './finding-query.js';
import { FindingsFilters } from './FindingsFilters.js';
import { FindingsList } from './FindingsList.js';
import { RerunChecksButton } from './RerunChecksButton.js';
import { useFindingKeys } from './use-finding-keys.js';
import { useFindings, useFindingsStore } from './use-findings.js';
import '../../styles/findings.css';

export function FindingsPanel() {
  const { t } = useT();
  const store = useFindingsStore();
  const data = useFindings((s) => s.data);
  const status = useFindings((s) => s.status);
  const filters = useFindings((s) => s.filters);
  const sort = useFindings((s) => s.sort);
  const selectedId = useFindings((s) => s.selectedId);
  // After new check settings are saved the core re-checks in the background (a 'check' job);
  // after an import, the checks are the last step of the import's job.
  const recheckPending = useFindings((s) => s.recheckPending);
  const checkJobRunning = useWorkbench((s) => (s.job?.kind === 'check' || s.job?.stage?.kind === 'check') && s.job.state === 'running');
  const rechecking = recheckPending || checkJobRunning;
  const [mode, setMode] = useState<{ id: string | null; mode: DetailMode }>({ id: null, mode: 'view' });
  const [announcement, setAnnouncement] = useState('');
  const [focusSeq, setFocusSeq] = useState(0);

  const all = data?.findings;
  const empty = emptyListReason(data, filters);
  const list = useMemo(() => (all ? sortFindings(filterFindings(all, filters), sort) : []), [all, filters, sort]);
  const counts = useMemo(() => categoryCounts(all ?? [], filters), [all, filters]);
  const selected = all?.find((f) => f.id === selectedId) ?? null;
  const detailMode = selected && mode.id === selected.id ? mode.mode : 'view';
  const openTotal = useMemo(() => (all ?? []).filter((f) => f.status === 'open').length, [all]);

  const select = useCallback((id: string) => store.select(id), [store]);
  const step = (dir: 1 | -1) => {
    const next = stepFinding(list, selectedId, dir);
    if (!next) return;
    store.select(next.id);
    setFocusSeq((n) => n + 1);
  };

  useFindingKeys((command) => {
    if (command === 'next') return step(1);
    if (command === 'prev') return step(-1);
    if (!selected || selected.status !== 'open') return;
    if (command === 'accept') {
      if (selected.suggestions.length === 0) return setAnnouncement(t('findings.noSuggestion'));
      void store
        .accept(selected, 0)
        .then((r) => r && setAnnouncement(t('findings.announce.accepted', { text: selected.text, to: selected.suggestions[0] ?? '' })));
    } else setMode({ id: selected.id, mode: command === 'edit' ? 'edit' : 'reject' });
  });

  // ↑/↓/Home/End inside the list, as in any list box (J/K work everywhere).
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).getAttribute('role') !== 'option') return;
    if (e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if ((e.key === 'Home' || e.key === 'End') && list.length > 0) {
      store.select((e.key === 'Home' ? list[0] : list[list.length - 1])!.id);
      setFocusSeq((n) => n + 1);
    } else return;
    e.preventDefault();
  };

  return (
    <aside id="findings-panel" className="findings-panel" aria-labelledby="findings-title" data-testid="findings-panel">
      <header className="findings-head">
        <h2 id="findings-title">
          {t('findings.title')} <span className="count-badge">{openTotal}</span>
        </h2>
        <RerunChecksButton />
        <CheckSettingsButton />
        <button type="button" className="icon-button" aria-label={t('findings.close')} title={t('findings.close')} onClick={() => store.setPanelOpen(false)}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <CategoryCounts counts={counts} active={filters.category} onChoose={(category) => store.setFilters({ ...filters, category })} />
      <FindingsFilters filters={filters} sort={sort} onFilters={(f) => store.setFilters(f)} onSort={(s) => store.setSort(s)} />
      <p className={`hint findings-shown ${rechecking ? 'is-rechecking' : ''}`} role="status" data-testid="findings-shown">
        {status === 'loading'
          ? t('findings.loading')
          : rechecking
            ? t('findings.settings.rechecking')
            : t('findings.shown', { count: list.length, total: all?.length ?? 0 })}
      </p>
      <div className="findings-list-wrap" onKeyDown={onListKey}>
        {list.length > 0 ? (
          <FindingsList findings={list} selectedId={selectedId} onSelect={select} focusSeq={focusSeq} />
        ) : status === 'ready' ? (
          <p className="findings-empty">
            {empty.reason === 'filtered'
              ? t('findings.emptyFiltered')
              : empty.reason === 'unchecked'
                ? t('findings.emptyUnchecked', { count: empty.count })
                : empty.reason === 'neverRun'
                  ? t('findings.emptyNeverRun')
                  : t('findings.emptyNone')}
          </p>
        ) : null}
      </div>
      {selected ? (
        <FindingDetail
          key={selected.id}
          finding={selected}
          mode={detailMode}
          onMode={(m) => setMode({ id: selected.id, mode: m })}
          onAnnounce={setAnnouncement}
        />
      ) : (
        <p className="hint finding-detail-empty">{t('findings.selectHint')}</p>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
