// Shown instead of the workbench when it cannot start (no access key, project unreadable).
import { useT } from '../i18n/index.js';

export function StartupProblem({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <main className="startup-problem">
      <h1>{t('app.title')}</h1>
      <p role="alert">{message}</p>
      {onRetry ? (
        <button type="button" className="button primary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </main>
  );
}
