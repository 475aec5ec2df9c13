// Tabs across the main views.
import { useT } from '../i18n/index.js';
import { VIEWS, type Route } from './views.js';

export function ViewSwitcher({ route, lastPair, onNavigate }: { route: Route; lastPair: string | null; onNavigate: (r: Route) => void }) {
  const { t } = useT();
  return (
    <nav className="view-switcher" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className="view-tab"
          aria-current={v.owns(route) ? 'page' : undefined}
          aria-keyshortcuts={v.id === 'export' ? 'Control+E' : v.id === 'search' ? 'Control+Shift+F' : undefined}
          onClick={() => onNavigate(v.target(lastPair))}
        >
          {v.label(t)}
        </button>
      ))}
    </nav>
  );
}
