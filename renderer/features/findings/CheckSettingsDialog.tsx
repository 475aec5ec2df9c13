// "Check settings": loads the project's check profile and the catalogue of checks, lets the editor
// change them, restore the defaults, and save. Saving makes the core re-check in the background;
// the panel shows that until the new findings arrive.
import { useEffect, useRef, useState } from 'react';
import type { CheckProfileView } from '../../../shared/api/contract.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { useStore } from '../../state/use-workbench.js';
import { CheckSettingsForm } from './CheckSettingsForm.js';
import { defaultForm, formFromProfile, profileFromForm, validateForm, type CheckSettingsForm as Form } from './check-settings-model.js';
import { useFindingsStore } from './use-findings.js';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; view: CheckProfileView };

export function CheckSettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const wb = useStore();
  const store = useFindingsStore();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [form, setForm] = useState<Form | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    wb.bridge.call('getCheckProfile', {}).then(
      (view) => {
        if (!live) return;
        setLoad({ state: 'ready', view });
        setForm(formFromProfile(view.profile, view.rules));
      },
      (err: unknown) => {
        if (!live) return;
        wb.report(err);
        setLoad({ state: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [wb]);

  const rules = load.state === 'ready' ? load.view.rules : [];
  const problems = form ? validateForm(form, rules) : [];

  const save = async () => {
    if (load.state !== 'ready' || !form) return;
    if (problems.length > 0) {
      setShowProblems(true);
      // Focus the first field that cannot be saved (after it is marked invalid).
      requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
      return;
    }
    setSaving(true);
    const view = await store.saveProfile(profileFromForm(form, rules, load.view.profile));
    setSaving(false);
    if (view) onClose();
  };

  const restore = () => {
    setForm(defaultForm(rules));
    setShowProblems(false);
    setAnnouncement(t('findings.settings.restored'));
  };

  return (
    <Modal title={t('findings.settings.title')} closeLabel={t('findings.settings.cancel')} onClose={onClose} className="check-settings-dialog">
      <div ref={bodyRef} data-testid="check-settings">
        {load.state === 'loading' && (
          <p className="hint" role="status">
            {t('findings.settings.loading')}
          </p>
        )}
        {load.state === 'failed' && <p className="error-text">{t('findings.settings.loadFailed')}</p>}
        {form && load.state === 'ready' && (
          <form
            // Our own checks, with messages in the UI language, instead of the browser's.
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <CheckSettingsForm rules={rules} form={form} onChange={setForm} showProblems={showProblems} />
            {showProblems && problems.length > 0 && (
              <p className="error-text" role="alert">
                {t('findings.settings.invalid', { count: problems.length })}
              </p>
            )}
            <div className="dialog-actions check-settings-actions">
              <button type="submit" className="button primary" disabled={saving} aria-busy={saving} data-testid="check-settings-save">
                {saving ? t('findings.settings.saving') : t('findings.settings.save')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('findings.settings.cancel')}
              </button>
              <button type="button" className="button check-settings-restore" onClick={restore} data-testid="check-settings-restore">
                {t('findings.settings.restore')}
              </button>
            </div>
          </form>
        )}
        <p className="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </Modal>
  );
}
