// Failed actions, translated, in a live region at the bottom of the window. Never a stack trace.
import { useT } from '../i18n/index.js';
import { caughtErrorText } from '../i18n/error-text.js';
import { useStore, useWorkbench } from '../state/use-workbench.js';

export function Notices() {
  const { t } = useT();
  const store = useStore();
  const notices = useWorkbench((s) => s.notices);
  return (
    <div className="notices" role="alert" aria-live="assertive">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>{caughtErrorText(t, n.error)}</span>
          <button type="button" className="icon-button" aria-label={t('app.dismiss')} title={t('app.dismiss')} onClick={() => store.dismissNotice(n.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
