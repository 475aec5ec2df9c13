// Original text (findings and fixes marked) or cleaned text (fixes applied, removed text hidden).
import { useT } from '../../i18n/index.js';
import type { TextMode } from './text-marks.js';

export function TextModeToggle({ mode, onMode }: { mode: TextMode; onMode: (m: TextMode) => void }) {
  const { t } = useT();
  return (
    <div className="segmented text-mode" role="group" aria-label={t('findings.textMode.label')}>
      <button type="button" aria-pressed={mode === 'original'} onClick={() => onMode('original')} data-testid="text-mode-original">
        {t('findings.textMode.original')}
      </button>
      <button type="button" aria-pressed={mode === 'cleaned'} onClick={() => onMode('cleaned')} data-testid="text-mode-cleaned">
        {t('findings.textMode.cleaned')}
      </button>
    </div>
  );
}

export function MarksLegend({ mode }: { mode: TextMode }) {
  const { t } = useT();
  return (
    <p className="marks-legend hint" aria-hidden="true">
      <span className="hl hl-finding severity-error">{t('findings.legend.error')}</span>
      <span className="hl hl-finding severity-warning">{t('findings.legend.warning')}</span>
      <span className="hl hl-finding severity-info">{t('findings.legend.info')}</span>
      <span className="hl hl-fixed">{t('findings.legend.fixed')}</span>
      {mode === 'original' ? (
        <del className="hl hl-excluded">{t('findings.legend.excluded')}</del>
      ) : (
        <span className="hl hl-hidden">{t('findings.legend.hidden')}</span>
      )}
    </p>
  );
}
