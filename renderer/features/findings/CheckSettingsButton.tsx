// "Check settings" in the findings panel's header: an icon button (the header is narrow, and the
// French labels are long) named and titled in the UI language; focus returns here on close.
import { useState } from 'react';
import { useT } from '../../i18n/index.js';
import { CheckSettingsDialog } from './CheckSettingsDialog.js';

export function CheckSettingsButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="icon-button check-settings-open"
        aria-label={t('findings.settings.open')}
        title={t('findings.settings.open')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="check-settings-open"
      >
        {/* Three sliders: "adjust". */}
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false" className="sliders-icon">
          <path d="M3 5h14M3 10h14M3 15h14" />
          <circle cx="7" cy="5" r="2" />
          <circle cx="13" cy="10" r="2" />
          <circle cx="9" cy="15" r="2" />
        </svg>
      </button>
      {open && <CheckSettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
