// Tabs across the main views (only Documents at this stage).
import { useT } from '../i18n/index.js';
import { VIEWS, type Route } from './views.js';

export function ViewSwitcher({ route, onNavigate }: { route: Route; onNavigate: (r: Route) => void }) {
  const { t } = useT();
  return (
    <nav className="view-switcher" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button key={v.id} type="button" className="view-tab" aria-current={v.owns(route) ? 'page' : undefined} onClick={() => onNavigate({ view: v.id })}>
          {v.label(t)}
        </button>
      ))}
    </nav>
  );
}
