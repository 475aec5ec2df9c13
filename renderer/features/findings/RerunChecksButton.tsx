// "Re-run checks": a job with progress and Cancel in the top bar's job status.
import { useT } from '../../i18n/index.js';
import { useFindings, useFindingsStore } from './use-findings.js';

export function RerunChecksButton({ className = 'button small' }: { className?: string }) {
  const { t } = useT();
  const store = useFindingsStore();
  const checking = useFindings((s) => s.checking || s.recheckPending);
  return (
    <button type="button" className={className} disabled={checking} aria-busy={checking} onClick={() => void store.runChecks()} data-testid="rerun-checks">
      {checking ? t('findings.checking') : t('findings.rerun')}
    </button>
  );
}
