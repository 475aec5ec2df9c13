// The window: top bar, left rail, main view; plus the overlays (keys, drop target, notices).
import { useCallback, useEffect, useState } from 'react';
import { DocumentDetailView } from '../features/documents/DocumentDetailView.js';
import { DocumentsView } from '../features/documents/DocumentsView.js';
import { DEFAULT_SORT, NO_FILTERS, nextSort, type DocumentFilters, type SortColumn, type SortState } from '../features/documents/document-query.js';
import { ImportProvider, useImport } from '../features/import/ImportProvider.js';
import { WindowDropTarget } from '../features/import/WindowDropTarget.js';
import { PairView } from '../features/pairs/PairView.js';
import { PairsOverview } from '../features/pairs/overview/PairsOverview.js';
import { FindingsPanel } from '../features/findings/FindingsPanel.js';
import { revealRoute } from '../features/findings/reveal-route.js';
import { FindingsProvider, useFindings, useFindingsStore } from '../features/findings/use-findings.js';
import { GlossaryView } from '../features/glossary/GlossaryView.js';
import { ExportView } from '../features/export/ExportView.js';
import { SearchView } from '../features/search/SearchView.js';
import { SearchProvider } from '../features/search/use-search.js';
import { isUiLanguage, useT } from '../i18n/index.js';
import { caughtErrorText } from '../i18n/error-text.js';
import { useGlobalShortcuts } from '../keyboard/use-global-shortcuts.js';
import { useStore, useWorkbench } from '../state/use-workbench.js';
import { AboutDialog } from './AboutDialog.js';
import { KeysOverlay } from './KeysOverlay.js';
import { LeftRail, NAME_FILTER_ID } from './LeftRail.js';
import { Notices } from './Notices.js';
import { SessionLost } from './SessionLost.js';
import { StartupProblem } from './StartupProblem.js';
import { TopBar } from './TopBar.js';
import { ViewSwitcher } from './ViewSwitcher.js';
import type { Route } from './views.js';
import { hashToRoute, routeToHash } from './route-url.js';

export function App() {
  const { t, i18n } = useT();
  const store = useStore();
  const status = useWorkbench((s) => s.status);
  const loadError = useWorkbench((s) => s.loadError);
  const savedLanguage = useWorkbench((s) => s.snapshot?.settings.uiLanguage);
  const hasSnapshot = useWorkbench((s) => s.snapshot !== null);

  useEffect(() => {
    const stop = store.connectEvents();
    void store.load();
    return stop;
  }, [store]);

  // The project's saved UI language wins over the browser's guess, once it is known.
  const [languageRestored, setLanguageRestored] = useState(false);
  useEffect(() => {
    if (languageRestored || !isUiLanguage(savedLanguage)) return;
    setLanguageRestored(true);
    if (savedLanguage !== i18n.language) void i18n.changeLanguage(savedLanguage);
  }, [savedLanguage, languageRestored, i18n]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);

  if (status === 'failed') {
    return <StartupProblem message={t('app.loadFailed', { message: caughtErrorText(t, loadError) })} onRetry={() => void store.load()} />;
  }
  if (!hasSnapshot) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <ImportProvider>
      <FindingsProvider>
        <SearchProvider>
          <Workbench />
        </SearchProvider>
      </FindingsProvider>
    </ImportProvider>
  );
}

function Workbench() {
  const { t } = useT();
  // The route lives in the address: a reload (or Back) returns to the same view.
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  useEffect(() => {
    const hash = routeToHash(route);
    if (window.location.hash !== hash) history.pushState(history.state, '', hash);
  }, [route]);
  useEffect(() => {
    const onPop = () => setRoute(hashToRoute(window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const [filters, setFilters] = useState<DocumentFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [showKeys, setShowKeys] = useState(false);
  const [showAbout, setShowAbout] = useState(false);
  const { addFiles, addFolder } = useImport();
  const store = useStore();
  const command = useWorkbench((s) => s.command);
  const findingsStore = useFindingsStore();
  // The pair the Pairs tab returns to.
  const [lastPair, setLastPair] = useState<string | null>(() => (route.view === 'pair' ? route.id : null));
  // Narrow window with the findings panel open: the left rail folds away and opens over the view.
  const [railOpen, setRailOpen] = useState(false);
  // Bumped by Ctrl+Shift+F: the Search view puts the focus in its field each time.
  const [searchFocus, setSearchFocus] = useState(0);

  useEffect(() => {
    if (command?.name === 'show-keys') setShowKeys(true);
    if (command?.name === 'about') setShowAbout(true);
  }, [command]);

  useGlobalShortcuts({
    help: () => setShowKeys((v) => !v),
    addFiles,
    addFolder,
    find: () => {
      setRoute({ view: 'documents' });
      document.getElementById(NAME_FILTER_ID)?.focus();
    },
    search: () => {
      setRoute({ view: 'search' });
      setSearchFocus((n) => n + 1);
    },
    export: () => setRoute({ view: 'export' }),
    toggleFindings: () => findingsStore.setPanelOpen(!findingsStore.getState().panelOpen),
    undo: () => void store.undo(),
    redo: () => void store.redo(),
  });

  const onOpen = useCallback((id: string, focusSegment?: number) => setRoute({ view: 'document', id, focusSegment }), []);
  const onSortColumn = useCallback((c: SortColumn) => setSort((s) => nextSort(s, c)), []);
  const back = useCallback(() => setRoute({ view: 'documents' }), []);
  const openPair = useCallback((id: string) => {
    setRailOpen(false);
    setLastPair(id);
    setRoute({ view: 'pair', id });
  }, []);
  const openDocument = useCallback((id: string) => {
    setRailOpen(false);
    setRoute({ view: 'document', id });
  }, []);
  const currentPair = route.view === 'pair' ? route.id : null;
  // The focused bead goes into the address without a new history entry or a re-render.
  const keepBeadInAddress = useCallback((bead: number) => {
    const r = hashToRoute(window.location.hash);
    if (r.view !== 'pair' || !r.id) return;
    const hash = routeToHash({ view: 'pair', id: r.id, bead });
    if (window.location.hash !== hash) history.replaceState(history.state, '', hash);
  }, []);
  const findingsOpen = useFindings((s) => s.panelOpen);
  // A finding chosen in the panel is shown where its document is: the current view if it shows it.
  const reveal = useWorkbench((s) => s.reveal);
  useEffect(() => {
    if (reveal) setRoute((r) => revealRoute(r, reveal.docId, store.getState().snapshot?.pairs ?? []));
  }, [reveal, store]);

  let view;
  if (route.view === 'document') view = <DocumentDetailView key={route.id} id={route.id} focusSegment={route.focusSegment} onBack={back} />;
  else if (route.view === 'pair')
    view = route.id ? <PairView key={route.id} pairId={route.id} bead={route.bead} onBead={keepBeadInAddress} /> : <PairsOverview onOpen={openPair} />;
  else if (route.view === 'glossary') view = <GlossaryView />;
  else if (route.view === 'export') view = <ExportView />;
  else if (route.view === 'search') view = <SearchView focusSeq={searchFocus} />;
  else view = <DocumentsView filters={filters} sort={sort} onSort={onSortColumn} onOpen={onOpen} />;

  return (
    <div className="app">
      <TopBar onShowKeys={() => setShowKeys(true)} />
      <div
        className={`workspace ${findingsOpen ? 'has-findings' : ''} ${railOpen ? 'rail-open' : ''}`}
        onKeyDown={(e) => e.key === 'Escape' && railOpen && setRailOpen(false)}
      >
        <LeftRail
          filters={filters}
          onFilters={setFilters}
          sort={sort}
          onSort={setSort}
          currentPair={currentPair}
          onOpenPair={openPair}
          onOpenDocument={openDocument}
        />
        <main className="main-view">
          <div className="view-bar">
            <button
              type="button"
              className="button small rail-toggle"
              aria-expanded={railOpen}
              aria-controls="left-rail"
              onClick={() => setRailOpen((v) => !v)}
              data-testid="rail-toggle"
            >
              <span aria-hidden="true">☰</span> {t('rail.toggle')}
            </button>
            <ViewSwitcher route={route} lastPair={lastPair} onNavigate={setRoute} />
          </div>
          {view}
        </main>
        {findingsOpen ? <FindingsPanel /> : null}
      </div>
      <SessionLost />
      <Notices />
      <WindowDropTarget />
      {showKeys ? <KeysOverlay onClose={() => setShowKeys(false)} /> : null}
      {showAbout ? <AboutDialog onClose={() => setShowAbout(false)} /> : null}
    </div>
  );
}
