// The `?` overlay: every shortcut, grouped, with key names in the UI language.
import type { TFunction } from 'i18next';
import { Modal } from '../components/Modal.js';
import { useT } from '../i18n/index.js';
import { keyLabel } from '../keyboard/key-labels.js';
import { isMacPlatform, SHORTCUTS, type ShortcutHelp } from '../keyboard/shortcuts.js';

const GROUPS: ShortcutHelp['group'][] = ['global', 'table', 'detail', 'pair'];

const GROUP_TITLE = (t: TFunction, group: ShortcutHelp['group']) =>
  group === 'global' ? t('keys.groups.global') : group === 'table' ? t('keys.groups.table') : group === 'detail' ? t('keys.groups.detail') : t('keys.groups.pair');

export function KeysOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const mac = isMacPlatform(navigator);
  return (
    <Modal title={t('keys.title')} closeLabel={t('keys.close')} onClose={onClose} className="keys-overlay">
      {GROUPS.map((group) => (
        <section key={group}>
          <h3>{GROUP_TITLE(t, group)}</h3>
          <dl className="keys-list">
            {SHORTCUTS.filter((s) => s.group === group).map((s) => (
              <div key={s.id} className="keys-row">
                <dt>
                  {s.chords.map((chord, i) => (
                    <span key={i} className="chord">
                      {chord.map((k, j) => (
                        <kbd key={j}>{keyLabel(t, k, mac)}</kbd>
                      ))}
                    </span>
                  ))}
                </dt>
                <dd>{t(`keys.items.${s.id}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
