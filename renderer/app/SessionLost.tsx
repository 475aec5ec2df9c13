// The server no longer knows this page (it was restarted: each launch has a new token). Say so,
// say that changes are not being saved, and offer to reconnect (a reload: if the token is gone
// for good, the server's page explains where to find the new address).
import { useT } from '../i18n/index.js';
import { useWorkbench } from '../state/use-workbench.js';

export function SessionLost() {
  const { t } = useT();
  const lost = useWorkbench((s) => s.sessionLost);
  if (!lost) return null;
  return (
    <div className="session-lost" role="alert" data-testid="session-lost">
      <p>
        <strong>{t('session.lostTitle')}</strong> {t('session.lostBody')}
      </p>
      <button type="button" className="button primary" onClick={() => window.location.reload()} data-testid="session-reconnect">
        {t('session.reconnect')}
      </button>
    </div>
  );
}
